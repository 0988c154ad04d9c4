/**
 * As linhas do relatório (até 20 000), erros primeiro, filtradas e paginadas no navegador: a API devolve
 * tudo de uma vez e só uma página de linhas vai para o DOM.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { LinhaRelatorio } from '../../api/importacao';
import { Vazio } from '../../componentes/Estados';
import { Etiqueta } from '../../componentes/Etiquetas';
import { Paginacao } from '../../componentes/Paginacao';
import { formatarNumero, plural } from '../../lib/formato';
import { Link } from '../../roteador';

export type FiltroAcao = '' | LinhaRelatorio['acao'];
const TAMANHOS = [25, 50, 100, 200] as const;
const ACOES: Record<LinhaRelatorio['acao'], [string, string, 'ok' | 'info' | 'neutro' | 'perigo']> = {
  // [simulação, gravação, tom]
  erro: ['Erro', 'Erro', 'perigo'],
  criar: ['Criar', 'Criada', 'ok'],
  atualizar: ['Atualizar', 'Atualizada', 'info'],
  ignorar: ['Sem mudança', 'Sem mudança', 'neutro'],
};

/** Sem acento e em minúsculas: "José" acha "JOSE". */
const normalizar = (texto: string) => texto.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

interface Props {
  linhas: LinhaRelatorio[];
  gravado: boolean;
  filtro: FiltroAcao;
  aoFiltrar: (filtro: FiltroAcao) => void;
}

export function LinhasImportacao({ linhas, gravado, filtro, aoFiltrar }: Props) {
  const idAcao = useId();
  const idBusca = useId();
  const [texto, setTexto] = useState('');
  const [pagina, setPagina] = useState(1);
  const [porPagina, setPorPagina] = useState<number>(TAMANHOS[1]);
  // Com 20 000 linhas filtrar leva alguns milissegundos: o campo responde primeiro, a tabela depois.
  const busca = normalizar(useDeferredValue(texto).trim());

  const ordenadas = useMemo(
    () =>
      linhas
        .map((l) => ({ ...l, chave: normalizar(`${l.nome ?? ''} ${l.motivo ?? ''}`) }))
        .sort((a, b) => Number(b.acao === 'erro') - Number(a.acao === 'erro') || a.linha - b.linha),
    [linhas],
  );
  const filtradas = useMemo(
    () => ordenadas.filter((l) => (!filtro || l.acao === filtro) && (!busca || l.chave.includes(busca) || String(l.linha) === busca)),
    [ordenadas, filtro, busca],
  );
  const ultima = Math.max(1, Math.ceil(filtradas.length / porPagina));
  const atual = Math.min(pagina, ultima);
  const visiveis = filtradas.slice((atual - 1) * porPagina, atual * porPagina);

  return (
    <div className="importacao-linhas">
      <div className="filtros filtros-compactos" role="search" aria-label="Filtrar linhas do relatório">
        <div className="campo">
          <label htmlFor={idAcao}>Ação</label>
          <select
            id={idAcao}
            value={filtro}
            onChange={(e) => {
              aoFiltrar(e.target.value as FiltroAcao);
              setPagina(1);
            }}
          >
            <option value="">Todas</option>
            {Object.entries(ACOES).map(([acao, [simulado, gravada]]) => (
              <option key={acao} value={acao}>
                {gravado ? gravada : simulado}
              </option>
            ))}
          </select>
        </div>
        <div className="campo">
          <label htmlFor={idBusca}>Nome, motivo ou nº da linha</label>
          <input
            id={idBusca}
            type="search"
            value={texto}
            onChange={(e) => {
              setTexto(e.target.value);
              setPagina(1);
            }}
          />
        </div>
      </div>
      <p className="texto-suave contagem" aria-live="polite">
        {filtradas.length === linhas.length
          ? plural(linhas.length, 'linha', 'linhas')
          : `${plural(filtradas.length, 'linha', 'linhas')} de ${formatarNumero(linhas.length)}`}
        {' · erros primeiro'}
      </p>
      {filtradas.length === 0 ? (
        <Vazio titulo="Nenhuma linha com esses filtros." />
      ) : (
        <div className="tabela-rolagem">
          <table className="tabela tabela-responsiva tabela-importacao">
            <caption className="so-leitor">Linhas da planilha e o que acontece com cada uma</caption>
            <thead>
              <tr>
                <th scope="col" className="num">Linha</th>
                <th scope="col">Nome</th>
                <th scope="col">Ação</th>
                <th scope="col">Motivo</th>
              </tr>
            </thead>
            <tbody>
              {visiveis.map((l) => {
                const [simulado, gravada, tom] = ACOES[l.acao];
                return (
                  <tr key={l.linha} data-acao={l.acao}>
                    <td data-rotulo="Linha" className="num">
                      {formatarNumero(l.linha)}
                    </td>
                    <th scope="row" data-rotulo="Nome">
                      {/* Com pessoa_id (criada, atualizada ou já existente), o nome leva à parte. */}
                      {l.pessoa_id ? (
                        <Link para={`/monitorados/${l.pessoa_id}`}>{l.nome ?? `Parte nº ${l.pessoa_id}`}</Link>
                      ) : (
                        (l.nome ?? <span className="texto-suave">(vazio)</span>)
                      )}
                    </th>
                    <td data-rotulo="Ação">
                      <Etiqueta tom={tom}>{gravado ? gravada : simulado}</Etiqueta>
                    </td>
                    <td data-rotulo="Motivo">{l.motivo ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Paginacao
        pagina={atual}
        porPagina={porPagina}
        total={filtradas.length}
        rotulo="linhas do relatório"
        aoMudar={setPagina}
        tamanhos={TAMANHOS}
        aoMudarTamanho={(t) => {
          setPorPagina(t);
          setPagina(1);
        }}
      />
    </div>
  );
}
