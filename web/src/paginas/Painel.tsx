/** Visão geral: contadores, gráfico das últimas 24 h, últimos alertas e o estado da sincronização. */
import type { ReactNode } from 'react';
import { useResumo } from '../api/consultas';
import { Carregando, ErroBloco, Vazio } from '../componentes/Estados';
import { GraficoHoras } from '../componentes/GraficoHoras';
import { ItemAlerta } from '../componentes/ItemAlerta';
import { Titulo } from '../componentes/Titulo';
import { formatarDataHora, formatarNumero, formatarRelativo, plural } from '../lib/formato';
import { Link } from '../roteador';
import { CartaoStatus } from './CartaoStatus';

interface PropsContador {
  rotulo: string;
  valor: ReactNode;
  detalhe: ReactNode;
  para?: string;
}

function Contador({ rotulo, valor, detalhe, para }: PropsContador) {
  const conteudo = (
    <>
      <span className="contador-rotulo">{rotulo}</span>
      <span className="contador-valor">{valor}</span>
      <span className="contador-detalhe">{detalhe}</span>
    </>
  );
  return para ? (
    <Link para={para} className="contador contador-link">
      {conteudo}
    </Link>
  ) : (
    <div className="contador">{conteudo}</div>
  );
}

export function Painel() {
  const resumo = useResumo();
  const dados = resumo.data;
  return (
    <>
      <Titulo>Painel</Titulo>
      {resumo.isPending && <Carregando />}
      {resumo.isError && !dados && <ErroBloco erro={resumo.error} aoTentar={() => void resumo.refetch()} />}
      {dados && (
        <div className="contadores" aria-label="Resumo">
          <Contador
            rotulo="Pessoas monitoradas"
            valor={formatarNumero(dados.contagens.pessoas)}
            detalhe={`${formatarNumero(dados.contagens.ativas)} ativas · ${formatarNumero(dados.contagens.baseline_pendente)} com baseline pendente · ${formatarNumero(dados.contagens.com_erro)} com erro`}
            para="/monitorados"
          />
          <Contador
            rotulo="Publicações"
            valor={formatarNumero(dados.contagens.publicacoes)}
            detalhe="guardadas, uma vez cada"
            para="/monitorados"
          />
          <Contador
            rotulo="Alertas não lidos"
            valor={formatarNumero(dados.contagens.alertas_nao_lidos)}
            detalhe={`${plural(dados.contagens.alertas_24h, 'alerta', 'alertas')} nas últimas 24 h`}
            para="/alertas?lido=false"
          />
          <Contador
            rotulo="Último ciclo"
            valor={dados.ultimo_ciclo ? formatarRelativo(dados.ultimo_ciclo.iniciado_em) : 'nenhum'}
            detalhe={
              dados.ultimo_ciclo
                ? `${formatarDataHora(dados.ultimo_ciclo.iniciado_em)} · ${formatarNumero(dados.ultimo_ciclo.pessoas_verificadas)} verificadas · ${formatarNumero(dados.ultimo_ciclo.novos_alertas)} novos alertas`
                : 'ainda não houve verificação'
            }
          />
        </div>
      )}
      <div className="painel-grade">
        <div className="painel-principal">
          <section className="cartao" aria-labelledby="titulo-grafico">
            <h2 id="titulo-grafico">Últimas 24 horas</h2>
            {dados && <GraficoHoras serie={dados.serie_24h} />}
            {resumo.isPending && <Carregando />}
          </section>
          <section className="cartao" aria-labelledby="titulo-ultimos">
            <div className="cartao-topo">
              <h2 id="titulo-ultimos">Últimos alertas</h2>
              <Link para="/alertas">Ver todos</Link>
            </div>
            {resumo.isPending && <Carregando />}
            {dados && dados.ultimos_alertas.length === 0 && (
              <Vazio titulo="Nenhum alerta ainda.">
                <p>Os alertas aparecem quando uma pessoa monitorada é citada numa nova publicação.</p>
              </Vazio>
            )}
            {dados && dados.ultimos_alertas.length > 0 && (
              <ul className="lista-alertas">
                {dados.ultimos_alertas.map((alerta) => (
                  <ItemAlerta key={alerta.id} alerta={alerta} />
                ))}
              </ul>
            )}
          </section>
        </div>
        <CartaoStatus />
      </div>
    </>
  );
}
