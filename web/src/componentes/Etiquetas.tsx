/** Rótulos em português para os códigos da API e as etiquetas coloridas que os mostram. */
import type { Esquemas } from '../api/cliente';
import { expirou } from '../lib/formato';

type TipoAlerta = Esquemas['AlertaSaida']['tipo'];

export const TIPOS_ALERTA: Record<TipoAlerta, string> = {
  NOVA_PUBLICACAO: 'Nova publicação',
  PUBLICACAO_CANCELADA: 'Publicação cancelada',
  OPORTUNIDADE_CREDITO: 'Oportunidade de crédito',
};

const TIPOS_VERIFICACAO: Record<string, string> = {
  BASELINE: 'Inicial (baseline)',
  PERIODICA: 'Periódica',
  MANUAL: 'Manual',
};

const STATUS_VERIFICACAO: Record<string, [string, string]> = {
  EM_ANDAMENTO: ['Em andamento', 'info'],
  SUCESSO: ['Sucesso', 'ok'],
  FALHA: ['Falha', 'perigo'],
};

export const ORIGENS_CICLO: Record<string, string> = { agendador: 'agendado', forcado: 'manual' };

export function Etiqueta({ tom, children }: { tom: 'ok' | 'info' | 'alerta' | 'perigo' | 'neutro'; children: string }) {
  return <span className={`etiqueta etiqueta-${tom}`}>{children}</span>;
}

export function EtiquetaTipoAlerta({ tipo }: { tipo: TipoAlerta }) {
  const tom = tipo === 'PUBLICACAO_CANCELADA' ? 'perigo' : tipo === 'OPORTUNIDADE_CREDITO' ? 'ok' : 'info';
  return <Etiqueta tom={tom}>{TIPOS_ALERTA[tipo]}</Etiqueta>;
}

export const rotuloTipoVerificacao = (tipo: string) => TIPOS_VERIFICACAO[tipo] ?? tipo;

export function EtiquetaStatusVerificacao({ status }: { status: string }) {
  const [texto, tom] = STATUS_VERIFICACAO[status] ?? [status, 'neutro'];
  return <Etiqueta tom={tom as 'ok'}>{texto}</Etiqueta>;
}

/** O estado de monitoramento de uma pessoa, do mais urgente ao mais comum. */
export function EtiquetasPessoa({ pessoa }: { pessoa: Esquemas['PessoaSaida'] }) {
  // A tarefa diária pausa quem expirou; até ela rodar, a data vencida já diz que acabou.
  const expirada = expirou(pessoa.data_expiracao);
  return (
    <span className="etiquetas">
      {expirada && <Etiqueta tom="perigo">Expirada</Etiqueta>}
      {!pessoa.ativo && !expirada && <Etiqueta tom="neutro">Pausada</Etiqueta>}
      {pessoa.situacao_baseline === 'pendente' ? (
        <Etiqueta tom="alerta">Baseline pendente</Etiqueta>
      ) : (
        <Etiqueta tom="ok">Baseline concluída</Etiqueta>
      )}
      {pessoa.ultimo_erro && <Etiqueta tom="perigo">Erro na última verificação</Etiqueta>}
    </span>
  );
}
