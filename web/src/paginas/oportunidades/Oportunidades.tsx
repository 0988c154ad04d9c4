/** Oportunidades de crédito por processo, com filtros na URL e "Varrer agora". Carregada sob demanda. */
import { useEffect, useState } from 'react';
import { mensagemDeErro } from '../../api/cliente';
import { usePessoa } from '../../api/consultas';
import { usePermissoes } from '../../api/sessao';
import { useOportunidades, usePadroes, useVarrer, type FiltrosOportunidades } from '../../api/oportunidades';
import { Aviso, Carregando, ErroBloco, Vazio } from '../../componentes/Estados';
import { Paginacao } from '../../componentes/Paginacao';
import { Titulo } from '../../componentes/Titulo';
import { plural } from '../../lib/formato';
import { Link, useFiltrosUrl } from '../../roteador';
import { Abas } from './Abas';
import { GrupoOportunidades } from './GrupoOportunidades';

const POR_PAGINA = 20;
// Depois de "Varrer agora", a lista é consultada a cada 2 s por este tempo (a varredura roda no worker).
const ACOMPANHAR_MS = 60_000;
const SITUACOES = { ativas: 'Ativas', canceladas: 'Canceladas', todas: 'Todas' } as const;
// O máximo aceito é a janela de oportunidades do servidor (30 dias no padrão); vazio usa a janela inteira.
const PERIODOS = { '': 'Toda a janela', '7': 'Últimos 7 dias', '15': 'Últimos 15 dias' } as const;
type Situacao = keyof typeof SITUACOES;

function FiltroPessoaAtivo({ id, aoLimpar }: { id: number; aoLimpar: () => void }) {
  const pessoa = usePessoa(id);
  return (
    <p className="filtro-ativo">
      Só de <strong>{pessoa.data?.nome ?? `parte nº ${id}`}</strong>{' '}
      <button type="button" className="botao botao-pequeno botao-secundario" onClick={aoLimpar}>
        Mostrar de todas as partes
      </button>
    </p>
  );
}

export default function Oportunidades() {
  const [busca, alterar] = useFiltrosUrl();
  const situacao: Situacao = (busca.get('situacao') ?? '') in SITUACOES ? (busca.get('situacao') as Situacao) : 'ativas';
  const dias = busca.get('dias') ?? '';
  const padrao = busca.get('padrao') ?? '';
  const pessoa = busca.get('pessoa') ?? '';
  const pagina = Math.max(1, Number(busca.get('pagina')) || 1);
  const filtros: FiltrosOportunidades = {
    situacao,
    dias: dias in PERIODOS && dias ? Number(dias) : null,
    padrao_id: /^\d+$/.test(padrao) ? Number(padrao) : null,
    pessoa_id: /^\d+$/.test(pessoa) ? Number(pessoa) : null,
    pagina,
    por_pagina: POR_PAGINA,
  };
  const [acompanhando, setAcompanhando] = useState(false);
  const consulta = useOportunidades(filtros, acompanhando);
  const padroes = usePadroes();
  const varrer = useVarrer();
  const { podeAlterar, dica } = usePermissoes();
  const dados = consulta.data;
  const filtrar = (mudancas: Record<string, string | null>) => alterar({ ...mudancas, pagina: null });

  useEffect(() => {
    if (!acompanhando) return;
    const id = setTimeout(() => setAcompanhando(false), ACOMPANHAR_MS);
    return () => clearTimeout(id);
  }, [acompanhando]);

  return (
    <>
      <Titulo
        acoes={
          <button
            type="button"
            className="botao"
            disabled={varrer.isPending || !podeAlterar}
            title={dica}
            onClick={() => varrer.mutate(undefined, { onSuccess: () => setAcompanhando(true) })}
          >
            {varrer.isPending ? 'Enfileirando…' : 'Varrer agora'}
          </button>
        }
      >
        Oportunidades
      </Titulo>
      <Abas />
      <p className="texto-suave">
        Publicações das partes monitoradas que contêm um padrão positivo (por exemplo “alvará de levantamento”).
        Um padrão negativo numa publicação posterior do mesmo processo cancela a oportunidade.
      </p>
      {varrer.isSuccess && (
        <Aviso tipo="sucesso">{varrer.data.mensagem}. A lista se atualiza sozinha quando a varredura terminar.</Aviso>
      )}
      {varrer.isError && <Aviso tipo="erro">{mensagemDeErro(varrer.error)}</Aviso>}

      <form className="filtros" aria-label="Filtrar oportunidades" onSubmit={(e) => e.preventDefault()}>
        <div className="campo">
          <label htmlFor="filtro-situacao-op">Situação</label>
          <select id="filtro-situacao-op" value={situacao} onChange={(e) => filtrar({ situacao: e.target.value === 'ativas' ? null : e.target.value })}>
            {Object.entries(SITUACOES).map(([valor, rotulo]) => (
              <option key={valor} value={valor}>
                {rotulo}
              </option>
            ))}
          </select>
        </div>
        <div className="campo">
          <label htmlFor="filtro-periodo">Período</label>
          <select id="filtro-periodo" value={dias in PERIODOS ? dias : ''} onChange={(e) => filtrar({ dias: e.target.value })}>
            {Object.entries(PERIODOS).map(([valor, rotulo]) => (
              <option key={valor} value={valor}>
                {rotulo}
              </option>
            ))}
          </select>
        </div>
        <div className="campo">
          <label htmlFor="filtro-padrao">Padrão</label>
          <select id="filtro-padrao" value={padrao} onChange={(e) => filtrar({ padrao: e.target.value })}>
            <option value="">Todos</option>
            {(padroes.data?.itens ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.nome} ({p.tipo === 'POSITIVO' ? 'positivo' : 'negativo'})
              </option>
            ))}
          </select>
        </div>
      </form>
      {filtros.pessoa_id && <FiltroPessoaAtivo id={filtros.pessoa_id} aoLimpar={() => filtrar({ pessoa: null })} />}

      {consulta.isPending && <Carregando />}
      {consulta.isError && !dados && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {dados && dados.total === 0 && (
        <Vazio titulo={situacao === 'ativas' ? 'Nenhuma oportunidade ativa.' : 'Nenhuma oportunidade com esses filtros.'}>
          <p>
            As oportunidades aparecem quando uma publicação contém um dos <Link para="/oportunidades/padroes">padrões</Link>.
            A varredura roda periodicamente; “Varrer agora” a antecipa.
          </p>
        </Vazio>
      )}
      {dados && dados.total > 0 && (
        <>
          <p className="texto-suave contagem" aria-live="polite">
            {plural(dados.total, 'processo com oportunidade', 'processos com oportunidades')}
          </p>
          <div className={`grupos${consulta.isPlaceholderData ? ' atualizando' : ''}`} aria-busy={consulta.isFetching}>
            {dados.itens.map((grupo) => (
              <GrupoOportunidades key={grupo.numero_processo ?? `sem-${grupo.oportunidades[0]?.id}`} grupo={grupo} />
            ))}
          </div>
        </>
      )}
      {dados && (
        <Paginacao
          pagina={pagina}
          porPagina={POR_PAGINA}
          total={dados.total}
          rotulo="oportunidades"
          aoMudar={(p) => alterar({ pagina: p === 1 ? null : String(p) })}
        />
      )}
    </>
  );
}
