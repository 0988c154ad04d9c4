/** Alertas com filtros na URL, seleção e marcação como lidos (um, vários ou todos). */
import { useState } from 'react';
import { mensagemDeErro, type Esquemas } from '../api/cliente';
import { useAlertas, useMarcarLidos, usePessoas, type FiltrosAlertas } from '../api/consultas';
import { usePermissoes } from '../api/sessao';
import { Aviso, Carregando, ErroBloco, Vazio } from '../componentes/Estados';
import { TIPOS_ALERTA } from '../componentes/Etiquetas';
import { ItemAlerta } from '../componentes/ItemAlerta';
import { Paginacao } from '../componentes/Paginacao';
import { Titulo } from '../componentes/Titulo';
import { formatarNumero, plural } from '../lib/formato';
import { useFiltrosUrl } from '../roteador';

const POR_PAGINA = 25;
type Tipo = Esquemas['AlertaSaida']['tipo'];
const LEITURA: Record<string, [string, boolean | null]> = {
  false: ['Não lidos', false],
  true: ['Lidos', true],
  todos: ['Todos', null],
};

function FiltroPessoa({ valor, aoMudar }: { valor: string; aoMudar: (v: string) => void }) {
  // O máximo da API numa página: basta para escolher; com mais pessoas, o filtro chega pelo link do detalhe.
  const pessoas = usePessoas({ por_pagina: 200 });
  const itens = pessoas.data?.itens ?? [];
  return (
    <div className="campo">
      <label htmlFor="filtro-pessoa">Pessoa</label>
      <select id="filtro-pessoa" value={valor} onChange={(e) => aoMudar(e.target.value)}>
        <option value="">Todas</option>
        {valor && !itens.some((p) => String(p.id) === valor) && <option value={valor}>Pessoa nº {valor}</option>}
        {itens.map((p) => (
          <option key={p.id} value={p.id}>
            {p.nome}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Alertas() {
  const [busca, alterar] = useFiltrosUrl();
  const leitura = busca.get('lido') ?? 'false';
  const tipo = busca.get('tipo') ?? '';
  const pessoa = busca.get('pessoa') ?? '';
  const pagina = Math.max(1, Number(busca.get('pagina')) || 1);
  const filtros: FiltrosAlertas = {
    lido: LEITURA[leitura]?.[1] ?? null,
    tipo: tipo in TIPOS_ALERTA ? (tipo as Tipo) : null,
    pessoa_id: /^\d+$/.test(pessoa) ? Number(pessoa) : null,
    pagina,
    por_pagina: POR_PAGINA,
  };
  const consulta = useAlertas(filtros);
  const marcar = useMarcarLidos();
  const { podeAlterar, dica } = usePermissoes();
  const [selecionados, setSelecionados] = useState<Set<number>>(new Set());
  const dados = consulta.data;
  const naoLidosDaPagina = (dados?.itens ?? []).filter((a) => !a.lido).map((a) => a.id);
  const todosSelecionados = naoLidosDaPagina.length > 0 && naoLidosDaPagina.every((id) => selecionados.has(id));

  const filtrar = (mudancas: Record<string, string | null>) => {
    setSelecionados(new Set());
    alterar({ ...mudancas, pagina: null });
  };
  const alternar = (id: number) =>
    setSelecionados((atual) => {
      const novo = new Set(atual);
      if (novo.has(id)) novo.delete(id);
      else novo.add(id);
      return novo;
    });
  const marcarIds = (ids: number[]) => marcar.mutate({ ids }, { onSuccess: () => setSelecionados(new Set()) });

  return (
    <>
      <Titulo>Alertas</Titulo>
      <form className="filtros" aria-label="Filtrar alertas" onSubmit={(e) => e.preventDefault()}>
        <div className="campo">
          <label htmlFor="filtro-leitura">Leitura</label>
          <select id="filtro-leitura" value={leitura} onChange={(e) => filtrar({ lido: e.target.value === 'false' ? null : e.target.value })}>
            {Object.entries(LEITURA).map(([valor, [rotulo]]) => (
              <option key={valor} value={valor}>
                {rotulo}
              </option>
            ))}
          </select>
        </div>
        <div className="campo">
          <label htmlFor="filtro-tipo">Tipo</label>
          <select id="filtro-tipo" value={tipo} onChange={(e) => filtrar({ tipo: e.target.value })}>
            <option value="">Todos</option>
            {Object.entries(TIPOS_ALERTA).map(([valor, rotulo]) => (
              <option key={valor} value={valor}>
                {rotulo}
              </option>
            ))}
          </select>
        </div>
        <FiltroPessoa valor={pessoa} aoMudar={(v) => filtrar({ pessoa: v })} />
      </form>

      <div className="barra-acoes" role="group" aria-label="Marcar como lidos">
        <label className="caixa">
          <input
            type="checkbox"
            checked={todosSelecionados}
            disabled={naoLidosDaPagina.length === 0 || !podeAlterar}
            title={dica}
            onChange={() => setSelecionados(todosSelecionados ? new Set() : new Set(naoLidosDaPagina))}
          />
          Selecionar os não lidos desta página
        </label>
        <button type="button" className="botao" disabled={selecionados.size === 0 || marcar.isPending || !podeAlterar} title={dica} onClick={() => marcarIds([...selecionados])}>
          Marcar selecionados como lidos{selecionados.size > 0 ? ` (${formatarNumero(selecionados.size)})` : ''}
        </button>
        <button
          type="button"
          className="botao botao-secundario"
          disabled={marcar.isPending || (dados?.total ?? 0) === 0 || !podeAlterar}
          title={dica}
          onClick={() => marcar.mutate({ todos: true, pessoa_id: filtros.pessoa_id ?? null })}
        >
          {filtros.pessoa_id ? 'Marcar todos desta pessoa como lidos' : 'Marcar todos como lidos'}
        </button>
      </div>
      {marcar.isSuccess && <Aviso tipo="sucesso">{plural(marcar.data.atualizados, 'alerta marcado', 'alertas marcados')} como lido.</Aviso>}
      {marcar.isError && <Aviso tipo="erro">{mensagemDeErro(marcar.error)}</Aviso>}

      {consulta.isPending && <Carregando />}
      {consulta.isError && !dados && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {dados && dados.total === 0 && (
        <Vazio titulo={leitura === 'false' ? 'Nenhum alerta não lido.' : 'Nenhum alerta com esses filtros.'}>
          <p>Novas publicações das pessoas monitoradas aparecem aqui.</p>
        </Vazio>
      )}
      {dados && dados.total > 0 && (
        <ul className={`lista-alertas${consulta.isPlaceholderData ? ' atualizando' : ''}`} aria-busy={consulta.isFetching}>
          {dados.itens.map((alerta) => (
            <ItemAlerta
              key={alerta.id}
              alerta={alerta}
              selecao={
                <input
                  type="checkbox"
                  className="alerta-selecao"
                  aria-label={`Selecionar alerta de ${alerta.pessoa_nome}`}
                  checked={selecionados.has(alerta.id)}
                  disabled={alerta.lido || !podeAlterar}
                  title={dica}
                  onChange={() => alternar(alerta.id)}
                />
              }
              acoes={
                !alerta.lido && (
                  <button type="button" className="botao botao-pequeno botao-secundario" disabled={marcar.isPending || !podeAlterar} title={dica} onClick={() => marcarIds([alerta.id])}>
                    Marcar como lido
                  </button>
                )
              }
            />
          ))}
        </ul>
      )}
      {dados && (
        <Paginacao pagina={pagina} porPagina={POR_PAGINA} total={dados.total} rotulo="alertas" aoMudar={(p) => alterar({ pagina: p === 1 ? null : String(p) })} />
      )}
    </>
  );
}
