/** O registro de verificações de uma pessoa: quando, que janela, quanto custou ao DJEN e o que achou. */
import { useState } from 'react';
import { useVerificacoes } from '../api/consultas';
import { Carregando, ErroBloco, Vazio } from '../componentes/Estados';
import { EtiquetaStatusVerificacao, rotuloTipoVerificacao } from '../componentes/Etiquetas';
import { Paginacao } from '../componentes/Paginacao';
import { formatarData, formatarDataHora, formatarNumero } from '../lib/formato';

export function VerificacoesPessoa({ id, versao }: { id: number; versao: string }) {
  const [pagina, setPagina] = useState(1);
  const consulta = useVerificacoes(id, pagina, versao);
  const dados = consulta.data;
  return (
    <section className="cartao" aria-labelledby="titulo-verificacoes">
      <h2 id="titulo-verificacoes">Verificações</h2>
      {consulta.isPending && <Carregando />}
      {consulta.isError && !dados && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {dados && dados.total === 0 && <Vazio titulo="Nenhuma verificação ainda." />}
      {dados && dados.total > 0 && (
        <div className="tabela-rolagem">
          <table className="tabela tabela-responsiva">
            <caption className="so-leitor">Registro de verificações</caption>
            <thead>
              <tr>
                <th scope="col">Início</th>
                <th scope="col">Tipo</th>
                <th scope="col">Resultado</th>
                <th scope="col">Janela</th>
                <th scope="col" className="num">Requisições</th>
                <th scope="col" className="num">Itens</th>
                <th scope="col" className="num">Novos vínculos</th>
                <th scope="col" className="num">Novos alertas</th>
                <th scope="col" className="num">Duração</th>
              </tr>
            </thead>
            <tbody>
              {dados.itens.map((v) => (
                <tr key={v.id}>
                  <td data-rotulo="Início">{formatarDataHora(v.iniciado_em)}</td>
                  <td data-rotulo="Tipo">{rotuloTipoVerificacao(v.tipo)}</td>
                  <td data-rotulo="Resultado">
                    <EtiquetaStatusVerificacao status={v.status} />
                    {v.truncado && <span className="texto-perigo"> resultado truncado</span>}
                    {v.erro && <span className="erro-verificacao">{v.erro}</span>}
                  </td>
                  <td data-rotulo="Janela">
                    {v.janela_inicio ? `${formatarData(v.janela_inicio)} a ${formatarData(v.janela_fim)}` : 'todo o histórico'}
                  </td>
                  <td data-rotulo="Requisições" className="num">{formatarNumero(v.requisicoes)}</td>
                  <td data-rotulo="Itens" className="num">{formatarNumero(v.itens_recebidos)}</td>
                  <td data-rotulo="Novos vínculos" className="num">{formatarNumero(v.novos_vinculos)}</td>
                  <td data-rotulo="Novos alertas" className="num">{formatarNumero(v.novos_alertas)}</td>
                  <td data-rotulo="Duração" className="num">
                    {v.duracao_ms === null ? '—' : `${formatarNumero(Math.round(v.duracao_ms / 100) / 10)} s`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dados && <Paginacao pagina={pagina} porPagina={dados.por_pagina} total={dados.total} aoMudar={setPagina} rotulo="verificações" />}
    </section>
  );
}
