/** Um canal: estado, contadores de entregas, config (segredos mascarados) e as ações. */
import { mensagemDeErro } from '../../api/cliente';
import { useSalvarCanal, useTestarCanal, type Canal } from '../../api/canais';
import { usePermissoes } from '../../api/sessao';
import { Aviso } from '../../componentes/Estados';
import { Etiqueta } from '../../componentes/Etiquetas';
import { formatarDataHora, formatarNumero, formatarRelativo } from '../../lib/formato';
import { CAMPOS, OPCOES_TLS, TIPOS } from './camposCanal';

interface Props {
  canal: Canal;
  aoEditar: () => void;
  aoRemover: () => void;
}

function valorConfig(chave: string, valor: unknown): string {
  if (Array.isArray(valor)) return valor.join(', ');
  if (chave === 'tls') return OPCOES_TLS[valor as keyof typeof OPCOES_TLS] ?? String(valor);
  return valor === null || valor === undefined || valor === '' ? '—' : String(valor);
}

export function CartaoCanal({ canal, aoEditar, aoRemover }: Props) {
  const alterar = useSalvarCanal(canal.id);
  const testar = useTestarCanal(canal.id);
  const { podeAlterar, dica } = usePermissoes();
  const doAmbiente = canal.origem === 'ambiente';
  const titulo = `canal-${canal.id}-titulo`;
  return (
    <article className={`cartao canal${canal.ativo ? '' : ' canal-desativado'}`} aria-labelledby={titulo} data-canal={canal.id}>
      <div className="cartao-topo">
        <h2 id={titulo}>{canal.nome}</h2>
        <span className="etiquetas">
          <Etiqueta tom="info">{TIPOS[canal.tipo]}</Etiqueta>
          <Etiqueta tom={canal.ativo ? 'ok' : 'perigo'}>{canal.ativo ? 'Ativo' : 'Desativado'}</Etiqueta>
          {doAmbiente && <Etiqueta tom="neutro">Variáveis DJE_</Etiqueta>}
          {canal.digest_diario && <Etiqueta tom="neutro">Alertas do dia</Etiqueta>}
        </span>
      </div>
      {!canal.ativo && (
        <Aviso tipo="erro">
          {canal.desativado_motivo ? `Desativado automaticamente: ${canal.desativado_motivo}` : 'Desativado: nenhum alerta é enviado por este canal.'}
        </Aviso>
      )}
      {canal.ultimo_erro && (
        <p className="canal-erro">
          Último erro{canal.falhas_consecutivas > 0 && ` (${formatarNumero(canal.falhas_consecutivas)} falhas seguidas)`}: {canal.ultimo_erro}
        </p>
      )}
      <dl className="canal-contadores">
        <div>
          <dt>Pendentes</dt>
          <dd>{formatarNumero(canal.entregas_pendentes)}</dd>
        </div>
        <div>
          <dt>Enviadas</dt>
          <dd>{formatarNumero(canal.entregas_enviadas)}</dd>
        </div>
        <div>
          <dt>Falharam</dt>
          <dd className={canal.entregas_falharam > 0 ? 'texto-perigo' : undefined}>{formatarNumero(canal.entregas_falharam)}</dd>
        </div>
        <div>
          <dt>Último envio</dt>
          <dd title={formatarDataHora(canal.ultimo_envio_em)}>{canal.ultimo_envio_em ? formatarRelativo(canal.ultimo_envio_em) : 'nunca'}</dd>
        </div>
      </dl>
      {doAmbiente ? (
        <p className="texto-suave">Configurado pelas variáveis DJE_ do servidor: a configuração muda lá, não aqui.</p>
      ) : (
      <dl className="lista-dados">
        {CAMPOS[canal.tipo].map((c) =>
          canal.config[c.chave] === undefined ? null : (
            <div key={c.chave} className="par-dados">
              <dt>{c.rotulo}</dt>
              <dd className={c.secreto ? 'cnj' : undefined}>{valorConfig(c.chave, canal.config[c.chave])}</dd>
            </div>
          ),
        )}
      </dl>
      )}
      <label className="caixa">
        <input
          type="checkbox"
          checked={canal.digest_diario}
          disabled={alterar.isPending || !podeAlterar}
          title={dica}
          onChange={(e) => alterar.mutate({ digest_diario: e.target.checked })}
        />
        Alertas do dia (uma só mensagem por dia com os alertas)
      </label>
      <div className="acoes canal-acoes">
        <button type="button" className="botao" disabled={testar.isPending || !podeAlterar} title={dica} onClick={() => testar.mutate()}>
          {testar.isPending ? 'Enviando teste…' : 'Enviar teste'}
        </button>
        <button
          type="button"
          className="botao botao-secundario"
          disabled={alterar.isPending || !podeAlterar}
          title={dica}
          onClick={() => alterar.mutate({ ativo: !canal.ativo })}
        >
          {canal.ativo ? 'Desativar' : 'Reativar'}
        </button>
        <button type="button" className="botao botao-secundario" onClick={aoEditar} disabled={!podeAlterar} title={dica}>
          {doAmbiente ? 'Renomear' : 'Editar'}
        </button>
        {!doAmbiente && (
          <button type="button" className="botao botao-perigo-contorno" onClick={aoRemover} disabled={!podeAlterar} title={dica}>
            Remover
          </button>
        )}
      </div>
      <div className="canal-resultado" aria-live="polite">
        {testar.data && (
          <Aviso tipo={testar.data.sucesso ? 'sucesso' : 'erro'}>
            {testar.data.mensagem} <span className="texto-suave">({formatarNumero(testar.data.duracao_ms)} ms)</span>
          </Aviso>
        )}
        {testar.isError && <Aviso tipo="erro">{mensagemDeErro(testar.error)}</Aviso>}
        {alterar.isError && <Aviso tipo="erro">{mensagemDeErro(alterar.error)}</Aviso>}
      </div>
    </article>
  );
}
