/** Publicações de uma pessoa agrupadas por processo, paginadas por grupo no servidor. */
import { useState } from 'react';
import { usePublicacoesPessoa, type PaginaGrupos } from '../api/consultas';
import { Carregando, ErroBloco, Vazio } from '../componentes/Estados';
import { Paginacao } from '../componentes/Paginacao';
import { ItemPublicacao } from '../componentes/Publicacao';
import { mascararCnj, plural } from '../lib/formato';

// Processos com muitas publicações mostram as mais recentes primeiro; o resto fica a um clique.
const VISIVEIS = 3;

function Grupo({ grupo }: { grupo: PaginaGrupos['itens'][number] }) {
  const [todas, setTodas] = useState(false);
  const processo = grupo.numero_processo_mascara ?? mascararCnj(grupo.numero_processo);
  const ocultas = grupo.publicacoes.length - VISIVEIS;
  const visiveis = todas || ocultas <= 0 ? grupo.publicacoes : grupo.publicacoes.slice(0, VISIVEIS);
  return (
    <section className="grupo" aria-label={`Processo ${processo}`}>
      <h3 className="grupo-titulo">
        <span className="cnj">{processo}</span>
        <span className="texto-suave">{plural(grupo.publicacoes.length, 'publicação', 'publicações')}</span>
      </h3>
      <ul className="lista-publicacoes">
        {visiveis.map((pub) => (
          <ItemPublicacao key={pub.id} pub={pub} />
        ))}
      </ul>
      {ocultas > 0 && (
        <button type="button" className="botao botao-pequeno botao-secundario" aria-expanded={todas} onClick={() => setTodas(!todas)}>
          {todas ? 'Mostrar menos' : `Mostrar mais ${plural(ocultas, 'publicação', 'publicações')}`}
        </button>
      )}
    </section>
  );
}

interface Props {
  id: number;
  versao: string;
  baselinePendente: boolean;
}

export function PublicacoesPessoa({ id, versao, baselinePendente }: Props) {
  const [pagina, setPagina] = useState(1);
  const consulta = usePublicacoesPessoa(id, pagina, versao);
  const dados = consulta.data;
  return (
    <section className="cartao" aria-labelledby="titulo-publicacoes">
      <div className="cartao-topo">
        <h2 id="titulo-publicacoes">Publicações por processo</h2>
        {dados && <span className="texto-suave">{plural(dados.total, 'processo', 'processos')}</span>}
      </div>
      {consulta.isPending && <Carregando />}
      {consulta.isError && !dados && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {dados && dados.total === 0 && (
        <Vazio titulo={baselinePendente ? 'Buscando o histórico no DJEN…' : 'Nenhuma publicação encontrada para esta pessoa.'} />
      )}
      {dados && dados.itens.length > 0 && (
        <div className="grupos">
          {dados.itens.map((grupo) => (
            <Grupo key={grupo.numero_processo ?? 'sem-numero'} grupo={grupo} />
          ))}
        </div>
      )}
      {dados && <Paginacao pagina={pagina} porPagina={dados.por_pagina} total={dados.total} aoMudar={setPagina} rotulo="processos" />}
    </section>
  );
}
