/** Lista paginada no servidor das pessoas monitoradas, com busca e filtros guardados na URL. */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { usePessoas, type FiltrosPessoas } from '../api/consultas';
import { usePermissoes } from '../api/sessao';
import { Campo } from '../componentes/Campo';
import { LinkAcao } from '../componentes/LinkAcao';
import { Carregando, ErroBloco, Vazio } from '../componentes/Estados';
import { EtiquetasPessoa } from '../componentes/Etiquetas';
import { Paginacao } from '../componentes/Paginacao';
import { Titulo } from '../componentes/Titulo';
import { expirou, formatarData, formatarDataHora, formatarNumero, mascararDocumento, plural } from '../lib/formato';
import { useAtrasado } from '../lib/useAtrasado';
import { Link, navegar, useFiltrosUrl } from '../roteador';

// O painel de importação só é baixado quando alguém o abre.
const PainelImportacao = lazy(() => import('./importacao/PainelImportacao'));

const TAMANHOS = [20, 50, 100, 200] as const;
const SITUACOES: Record<string, [string, Partial<FiltrosPessoas>]> = {
  '': ['Todas', {}],
  ativas: ['Ativas', { ativo: true }],
  // A tarefa diária pausa quem expirou: as inativas são as pausadas à mão e as expiradas.
  pausadas: ['Pausadas', { ativo: false, expirada: false }],
  expiradas: ['Expiradas', { expirada: true }],
  pendente: ['Baseline pendente', { baseline: 'pendente' }],
  concluida: ['Baseline concluída', { baseline: 'concluida' }],
  erro: ['Com erro', { com_erro: true }],
};

/** Campo de texto que escreve na URL só quando a pessoa para de digitar. */
function useTextoNaUrl(chave: string, busca: URLSearchParams, alterar: (m: Record<string, string | null>) => void) {
  const [texto, setTexto] = useState(busca.get(chave) ?? '');
  const atrasado = useAtrasado(texto.trim());
  useEffect(() => {
    if (atrasado !== (busca.get(chave) ?? '')) alterar({ [chave]: atrasado, pagina: null });
    // Só reage ao texto digitado: mudanças da URL por outros caminhos não devem reescrevê-la.
  }, [atrasado]);
  return [texto, setTexto] as const;
}

export function Monitorados() {
  const [busca, alterar] = useFiltrosUrl();
  const [nome, setNome] = useTextoNaUrl('q', busca, alterar);
  const [documento, setDocumento] = useTextoNaUrl('cpf_cnpj', busca, alterar);
  const [tribunal, setTribunal] = useTextoNaUrl('tribunal', busca, alterar);
  const situacao = busca.get('situacao') ?? '';
  const pagina = Math.max(1, Number(busca.get('pagina')) || 1);
  const porPagina = TAMANHOS.find((t) => t === Number(busca.get('por_pagina'))) ?? TAMANHOS[0];
  const [importando, setImportando] = useState(false);
  const { podeAlterar, dica } = usePermissoes();
  const topoLista = useRef<HTMLParagraphElement>(null);
  const irParaPagina = (p: number) => {
    alterar({ pagina: p === 1 ? null : String(p) });
    // Quem muda de página no rodapé da tabela quer ler a página nova do começo.
    if ((topoLista.current?.getBoundingClientRect().top ?? 0) < 0) topoLista.current?.scrollIntoView({ block: 'start' });
  };
  const filtros: FiltrosPessoas = {
    q: busca.get('q'),
    cpf_cnpj: busca.get('cpf_cnpj'),
    tribunal: busca.get('tribunal'),
    ...(SITUACOES[situacao]?.[1] ?? {}),
    pagina,
    por_pagina: porPagina,
  };
  const consulta = usePessoas(filtros);
  const dados = consulta.data;
  const filtrando = Boolean(filtros.q || filtros.cpf_cnpj || filtros.tribunal || situacao);

  return (
    <>
      <Titulo
        acoes={
          <>
            <button
              type="button"
              className="botao botao-secundario"
              aria-expanded={importando}
              aria-controls="painel-importacao"
              disabled={!podeAlterar}
              title={dica}
              onClick={() => setImportando(!importando)}
            >
              {importando ? 'Fechar importação' : 'Importar planilha'}
            </button>
            <LinkAcao para="/monitorados/nova" className="botao">
              Adicionar parte
            </LinkAcao>
          </>
        }
      >
        Monitorados
      </Titulo>
      {importando && podeAlterar && (
        <Suspense fallback={<Carregando texto="Abrindo a importação…" />}>
          <PainelImportacao />
        </Suspense>
      )}
      <form className="filtros" role="search" aria-label="Filtrar pessoas monitoradas" onSubmit={(e) => e.preventDefault()}>
        <Campo rotulo="Nome" type="search" value={nome} onChange={(e) => setNome(e.target.value)} placeholder="Trecho do nome" />
        <Campo rotulo="CPF/CNPJ" value={documento} onChange={(e) => setDocumento(e.target.value)} inputMode="text" />
        <Campo rotulo="Tribunal" value={tribunal} onChange={(e) => setTribunal(e.target.value)} placeholder="ex.: TJSP" />
        <div className="campo">
          <label htmlFor="filtro-situacao">Situação</label>
          <select id="filtro-situacao" value={situacao} onChange={(e) => alterar({ situacao: e.target.value, pagina: null })}>
            {Object.entries(SITUACOES).map(([valor, [rotulo]]) => (
              <option key={valor} value={valor}>
                {rotulo}
              </option>
            ))}
          </select>
        </div>
      </form>

      {consulta.isPending && <Carregando />}
      {consulta.isError && !dados && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {dados && dados.total === 0 && (
        <Vazio titulo={filtrando ? 'Nenhuma pessoa encontrada com esses filtros.' : 'Nenhuma pessoa monitorada ainda.'}>
          {!filtrando && podeAlterar && (
            <p>
              <Link para="/monitorados/nova">Adicione a primeira parte</Link> ou encontre uma pela{' '}
              <Link para="/busca">busca no DJEN</Link>.
            </p>
          )}
        </Vazio>
      )}
      {dados && dados.total > 0 && (
        <p ref={topoLista} className="texto-suave contagem" aria-live="polite">
          {plural(dados.total, filtrando ? 'pessoa encontrada' : 'pessoa monitorada', filtrando ? 'pessoas encontradas' : 'pessoas monitoradas')}
        </p>
      )}
      {dados && dados.total > 0 && (
        <div className={`tabela-rolagem${consulta.isPlaceholderData ? ' atualizando' : ''}`} aria-busy={consulta.isFetching}>
          <table className="tabela tabela-responsiva">
            <caption className="so-leitor">
              Pessoas monitoradas, {formatarNumero(dados.total)} no total
            </caption>
            <thead>
              <tr>
                <th scope="col">Nome</th>
                <th scope="col">CPF/CNPJ</th>
                <th scope="col">Tribunal</th>
                <th scope="col">Situação</th>
                <th scope="col">Última verificação</th>
                <th scope="col">Próxima</th>
                <th scope="col">Expira em</th>
                <th scope="col" className="num">Publicações</th>
                <th scope="col" className="num">Não lidos</th>
              </tr>
            </thead>
            <tbody>
              {dados.itens.map((p) => (
                <tr key={p.id} className="linha-clicavel" onClick={(e) => {
                  // A linha inteira abre o detalhe; o link do nome continua sendo o alvo do teclado.
                  if (!(e.target instanceof HTMLAnchorElement)) navegar(`/monitorados/${p.id}`);
                }}>
                  <th scope="row" data-rotulo="Nome">
                    <Link para={`/monitorados/${p.id}`}>{p.nome}</Link>
                  </th>
                  <td data-rotulo="CPF/CNPJ">{mascararDocumento(p.cpf_cnpj)}</td>
                  <td data-rotulo="Tribunal">{p.tribunal_filtro ?? 'Todos'}</td>
                  <td data-rotulo="Situação">
                    <EtiquetasPessoa pessoa={p} />
                  </td>
                  <td data-rotulo="Última verificação">{formatarDataHora(p.ultimo_check)}</td>
                  <td data-rotulo="Próxima">{p.ativo ? formatarDataHora(p.proximo_check) : expirou(p.data_expiracao) ? 'expirada' : 'pausada'}</td>
                  <td data-rotulo="Expira em" className={expirou(p.data_expiracao) ? 'texto-perigo' : undefined}>
                    {p.data_expiracao ? formatarData(p.data_expiracao) : 'sem prazo'}
                  </td>
                  <td data-rotulo="Publicações" className="num">{formatarNumero(p.total_publicacoes)}</td>
                  <td data-rotulo="Não lidos" className="num">{formatarNumero(p.alertas_nao_lidos)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dados && (
        <Paginacao
          pagina={pagina}
          porPagina={porPagina}
          total={dados.total}
          rotulo="pessoas monitoradas"
          aoMudar={irParaPagina}
          tamanhos={TAMANHOS}
          aoMudarTamanho={(t) => alterar({ por_pagina: t === TAMANHOS[0] ? null : String(t), pagina: null })}
        />
      )}
    </>
  );
}
