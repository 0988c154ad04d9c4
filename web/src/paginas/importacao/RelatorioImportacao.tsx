/** O relatório de uma importação (simulada ou gravada): mensagem, contagens, colunas e linhas. */
import { useState } from 'react';
import type { Relatorio } from '../../api/importacao';
import { Aviso } from '../../componentes/Estados';
import { formatarNumero, plural } from '../../lib/formato';
import { LinhasImportacao, type FiltroAcao } from './LinhasImportacao';

const CAMPOS: Record<string, string> = {
  nome: 'Nome da parte',
  cpf_cnpj: 'CPF/CNPJ',
  numero_processo: 'Número do processo',
  data_prazo: 'Data do prazo',
  comarca: 'Comarca',
  uf: 'UF',
  tribunal_filtro: 'Tribunal',
};

// Rótulos no tempo certo: a simulação diz o que aconteceria; a gravação, o que aconteceu.
const CONTADORES = [
  { acao: 'criar', simulado: 'A criar', gravado: 'Criadas', tom: 'ok' },
  { acao: 'atualizar', simulado: 'A atualizar', gravado: 'Atualizadas', tom: 'info' },
  { acao: 'ignorar', simulado: 'Sem mudança', gravado: 'Sem mudança', tom: 'neutro' },
  { acao: 'erro', simulado: 'Com erro', gravado: 'Com erro (não gravadas)', tom: 'perigo' },
] as const;

export function RelatorioImportacao({ relatorio }: { relatorio: Relatorio }) {
  const [filtro, setFiltro] = useState<FiltroAcao>('');
  const gravado = !relatorio.dry_run;
  const enfileiradas = relatorio.verificacoes_enfileiradas ?? 0;
  const faltaEnfileirar = relatorio.verificacoes_iniciais - enfileiradas;
  return (
    <div className="relatorio-importacao" data-relatorio={gravado ? 'gravado' : 'simulado'}>
      <h3>{gravado ? 'Importação gravada' : 'Simulação — nada foi gravado ainda'}</h3>
      {relatorio.aviso && (
        <Aviso tipo="alerta">
          <strong>Atenção:</strong> {relatorio.aviso}
        </Aviso>
      )}
      <Aviso tipo={gravado ? 'sucesso' : 'info'}>{relatorio.mensagem}</Aviso>

      <ul className="importacao-contadores" aria-label="Resumo por ação">
        {CONTADORES.map((c) => (
          <li key={c.acao}>
            <button
              type="button"
              className={`importacao-contador contador-${c.tom}`}
              aria-pressed={filtro === c.acao}
              onClick={() => setFiltro(filtro === c.acao ? '' : c.acao)}
            >
              <span className="contador-valor" data-resumo={c.acao}>
                {formatarNumero(relatorio.resumo[c.acao] ?? 0)}
              </span>
              <span className="contador-rotulo">{gravado ? c.gravado : c.simulado}</span>
            </button>
          </li>
        ))}
      </ul>

      {gravado && relatorio.verificacoes_iniciais > 0 && (
        <p data-campo="verificacoes">
          Verificações iniciais (baseline) enfileiradas:{' '}
          <strong>
            {formatarNumero(enfileiradas)} de {formatarNumero(relatorio.verificacoes_iniciais)}
          </strong>
          {faltaEnfileirar > 0 && <span className="texto-suave"> — as demais entram no próximo ciclo do agendador.</span>}
        </p>
      )}

      <dl className="lista-dados importacao-colunas">
        <dt>Aba lida</dt>
        <dd>
          “{relatorio.aba}”, cabeçalho na linha {relatorio.linha_cabecalho},{' '}
          {plural(relatorio.total_linhas, 'linha de dados', 'linhas de dados')}
        </dd>
        <dt>Colunas reconhecidas</dt>
        <dd>
          <ul className="lista-colunas">
            {Object.entries(relatorio.colunas).map(([campo, cabecalho]) => (
              <li key={campo}>
                <strong>{CAMPOS[campo] ?? campo}</strong>: “{cabecalho}”
              </li>
            ))}
          </ul>
        </dd>
        <dt>Colunas ignoradas</dt>
        <dd>{relatorio.colunas_ignoradas.length ? relatorio.colunas_ignoradas.map((c) => `“${c}”`).join(', ') : 'nenhuma'}</dd>
      </dl>

      <LinhasImportacao linhas={relatorio.linhas} gravado={gravado} filtro={filtro} aoFiltrar={setFiltro} />
    </div>
  );
}
