/** Busca avulsa no DJEN por nome ou número de processo, resultados agrupados por processo. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Esquemas } from '../api/cliente';
import { useBusca, type FiltrosBusca } from '../api/consultas';
import { BotaoMonitorar } from '../componentes/BotaoMonitorar';
import { Campo } from '../componentes/Campo';
import { Aviso, Carregando, ErroBloco, Vazio } from '../componentes/Estados';
import { Paginacao } from '../componentes/Paginacao';
import { Titulo } from '../componentes/Titulo';
import { formatarData, formatarNumero, mascararCnj, plural } from '../lib/formato';
import { useFiltrosUrl } from '../roteador';
import { PainelPublicacao } from './PainelPublicacao';

type Modo = 'nome' | 'processo';
type Publicacao = Esquemas['PublicacaoBusca'];

function filtrosDaUrl(busca: URLSearchParams): FiltrosBusca | null {
  const nome = busca.get('nome');
  const processo = busca.get('processo');
  if (!nome && !processo) return null;
  return {
    nome: nome || null,
    numero_processo: nome ? null : processo,
    tribunal: busca.get('tribunal'),
    data_inicio: busca.get('de'),
    data_fim: busca.get('ate'),
    pagina: Math.max(1, Number(busca.get('pagina')) || 1),
    por_pagina: 20,
  };
}

export function Busca() {
  const [busca, alterar] = useFiltrosUrl();
  const filtros = filtrosDaUrl(busca);
  const [modo, setModo] = useState<Modo>(busca.get('processo') ? 'processo' : 'nome');
  const [termo, setTermo] = useState(busca.get('nome') ?? busca.get('processo') ?? '');
  const [tribunal, setTribunal] = useState(busca.get('tribunal') ?? '');
  const [de, setDe] = useState(busca.get('de') ?? '');
  const [ate, setAte] = useState(busca.get('ate') ?? '');
  // O processo vem do grupo: a publicação da busca não traz a máscara.
  const [selecionada, setSelecionada] = useState<{ pub: Publicacao; processo: string } | null>(null);
  const consulta = useBusca(filtros);
  const dados = consulta.data;
  const origemFoco = useRef<HTMLButtonElement | null>(null);

  const chaveBusca = busca.toString();
  useEffect(() => setSelecionada(null), [chaveBusca]); // nova busca: o painel fecha

  const enviar = (evento: FormEvent) => {
    evento.preventDefault();
    alterar({
      nome: modo === 'nome' ? termo.trim() : null,
      processo: modo === 'processo' ? termo.trim() : null,
      tribunal: tribunal.trim(),
      de,
      ate,
      pagina: null,
    });
  };

  return (
    <>
      <Titulo>Busca no DJEN</Titulo>
      <form className="cartao formulario-busca" role="search" aria-label="Buscar publicações no DJEN" onSubmit={enviar}>
        <fieldset className="modo">
          <legend>Buscar por</legend>
          <label className="caixa">
            <input type="radio" name="modo" value="nome" checked={modo === 'nome'} onChange={() => setModo('nome')} />
            Nome da parte
          </label>
          <label className="caixa">
            <input type="radio" name="modo" value="processo" checked={modo === 'processo'} onChange={() => setModo('processo')} />
            Número do processo
          </label>
        </fieldset>
        <div className="busca-campos">
          <Campo
            rotulo={modo === 'nome' ? 'Nome a buscar' : 'Número do processo (CNJ)'}
            value={termo}
            onChange={(e) => setTermo(e.target.value)}
            placeholder={modo === 'nome' ? 'ex.: Maria da Silva' : 'NNNNNNN-DD.AAAA.J.TR.OOOO'}
            required
          />
          <Campo rotulo="Tribunal (opcional)" value={tribunal} onChange={(e) => setTribunal(e.target.value)} placeholder="ex.: TJSP" />
          <Campo rotulo="De (opcional)" type="date" value={de} onChange={(e) => setDe(e.target.value)} />
          <Campo rotulo="Até (opcional)" type="date" value={ate} onChange={(e) => setAte(e.target.value)} />
          <button type="submit" className="botao botao-busca" disabled={consulta.isFetching}>
            {consulta.isFetching ? 'Buscando…' : 'Buscar'}
          </button>
        </div>
      </form>

      {!filtros && (
        <Vazio titulo="Faça uma busca avulsa no DJEN.">
          <p>Procure uma parte pelo nome ou um processo pelo número; a busca não cadastra ninguém.</p>
        </Vazio>
      )}
      {consulta.isPending && filtros && <Carregando texto="Consultando o DJEN…" />}
      {consulta.isError && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {dados && filtros && !consulta.isError && (
        <div className="busca-resultado">
          <div className="busca-lista">
            <div className="cartao-topo">
              <p aria-live="polite">
                {plural(dados.total, 'processo', 'processos')}, {plural(dados.total_publicacoes, 'publicação', 'publicações')}
                <span className="texto-suave">
                  {' '}
                  · {dados.requisicoes === 0 ? 'do cache' : plural(dados.requisicoes, 'requisição ao DJEN', 'requisições ao DJEN')}
                </span>
              </p>
              {filtros.nome && <BotaoMonitorar nome={filtros.nome} rotulo={`Monitorar esta parte: ${filtros.nome}`} />}
            </div>
            {dados.truncado && (
              <Aviso tipo="info">
                Resultado parcial: {dados.motivo_truncamento ?? 'a busca parou no limite de páginas'}. Restrinja o período ou o
                tribunal.
              </Aviso>
            )}
            {dados.total === 0 && <Vazio titulo="Nenhuma publicação encontrada." />}
            {dados.itens.map((grupo, g) => (
              <section key={`${grupo.numero_processo}-${g}`} className="cartao grupo" aria-label={`Processo ${grupo.numero_processo_mascara ?? mascararCnj(grupo.numero_processo)}`}>
                <h2 className="grupo-titulo">
                  <span className="cnj">{grupo.numero_processo_mascara ?? mascararCnj(grupo.numero_processo)}</span>
                  <span className="texto-suave">{plural(grupo.publicacoes.length, 'publicação', 'publicações')}</span>
                </h2>
                <ul className="lista-resultados">
                  {grupo.publicacoes.map((pub) => (
                    <li key={pub.id}>
                      <button
                        type="button"
                        className={`resultado${selecionada?.pub.id === pub.id ? ' resultado-ativo' : ''}`}
                        aria-pressed={selecionada?.pub.id === pub.id}
                        onClick={(e) => {
                          origemFoco.current = e.currentTarget;
                          setSelecionada({ pub, processo: grupo.numero_processo_mascara ?? mascararCnj(grupo.numero_processo) });
                        }}
                      >
                        <span className="publicacao-linha">
                          <strong>{formatarData(pub.data_disponibilizacao)}</strong>
                          {pub.sigla_tribunal && <span>{pub.sigla_tribunal}</span>}
                          {pub.tipo_comunicacao && <span>{pub.tipo_comunicacao}</span>}
                          {!pub.ativo && <span className="texto-perigo">cancelada</span>}
                        </span>
                        <span className="texto-suave resultado-partes">{pub.destinatarios.join(' · ') || 'Partes não informadas'}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            <Paginacao
              pagina={filtros.pagina ?? 1}
              porPagina={dados.por_pagina}
              total={dados.total}
              rotulo="resultados"
              aoMudar={(p) => alterar({ pagina: p === 1 ? null : String(p) })}
            />
          </div>
          <PainelPublicacao
            publicacao={selecionada?.pub ?? null}
            processo={selecionada?.processo ?? null}
            aoFechar={() => {
              setSelecionada(null);
              origemFoco.current?.focus();
            }}
          />
        </div>
      )}
      {dados && <p className="texto-suave rodape-busca">Total de {formatarNumero(dados.total_publicacoes)} comunicações no DJEN para esta busca.</p>}
    </>
  );
}
