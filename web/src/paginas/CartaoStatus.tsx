/** Estado ao vivo da sincronização (filas, workers, agendador, orçamento do DJEN) e o botão que a força. */
import { mensagemDeErro, type Esquemas } from '../api/cliente';
import { useSincronizar, useStatusSync } from '../api/consultas';
import { usePermissoes } from '../api/sessao';
import { Aviso, Carregando, ErroBloco } from '../componentes/Estados';
import { Etiqueta, ORIGENS_CICLO } from '../componentes/Etiquetas';
import { formatarDataHora, formatarNumero, formatarRelativo } from '../lib/formato';

/** O que o limitador do DJEN informa (a API o declara como objeto livre). */
interface Limitador {
  taxa_por_segundo?: number;
  burst?: number;
  pausado_ate?: string | null;
  motivo_pausa?: string | null;
  recentes_429?: number;
  falhas_recentes?: number;
  circuito_aberto?: boolean;
  circuito_aberto_ate?: string | null;
}

const NOMES_FILAS: Record<string, string> = {
  verificacao: 'Verificação',
  scheduler: 'Agendamento',
  manutencao: 'Manutenção',
  notificacao: 'Notificação',
};

function Quando({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <>—</>;
  return <time dateTime={iso} title={formatarDataHora(iso)}>{formatarRelativo(iso)} ({formatarDataHora(iso)})</time>;
}

function Filas({ filas }: { filas: Record<string, Esquemas['EstadoFila']> }) {
  return (
    <div className="tabela-rolagem">
      <table className="tabela tabela-compacta">
        <caption className="so-leitor">Mensagens por fila</caption>
        <thead>
          <tr>
            <th scope="col">Fila</th>
            <th scope="col" className="num">Pendentes</th>
            <th scope="col" className="num">Executando</th>
            <th scope="col" className="num">Adiadas</th>
            <th scope="col" className="num">Mortas</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(filas).map(([nome, fila]) => (
            <tr key={nome}>
              <th scope="row">{NOMES_FILAS[nome] ?? nome}</th>
              <td className="num">{formatarNumero(fila.pendentes)}</td>
              <td className="num">{formatarNumero(fila.em_execucao)}</td>
              <td className="num">{formatarNumero(fila.adiadas)}</td>
              <td className={`num${fila.mortas > 0 ? ' texto-perigo' : ''}`}>{formatarNumero(fila.mortas)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Orcamento({ limite }: { limite: Limitador }) {
  return (
    <>
      {limite.pausado_ate && (
        <Aviso tipo="erro">
          DJEN pediu pausa (HTTP 429): requisições suspensas até {formatarDataHora(limite.pausado_ate)}
          {limite.motivo_pausa ? ` — ${limite.motivo_pausa}` : ''}.
        </Aviso>
      )}
      {limite.circuito_aberto && (
        <Aviso tipo="erro">
          Muitas falhas seguidas no DJEN: novas requisições suspensas até {formatarDataHora(limite.circuito_aberto_ate)}.
        </Aviso>
      )}
      <dl className="lista-dados">
        <dt>Orçamento do DJEN</dt>
        <dd>
          {formatarNumero(limite.taxa_por_segundo ?? null)} req/s (rajada de {formatarNumero(limite.burst ?? null)})
        </dd>
        <dt>429 recentes</dt>
        <dd>{formatarNumero(limite.recentes_429 ?? 0)}</dd>
        <dt>Falhas recentes</dt>
        <dd>{formatarNumero(limite.falhas_recentes ?? 0)}</dd>
      </dl>
    </>
  );
}

function UltimoCiclo({ ciclo }: { ciclo: Esquemas['ResumoCiclo'] }) {
  return (
    <dl className="lista-dados">
      <dt>Último ciclo</dt>
      <dd>
        <Quando iso={ciclo.iniciado_em} /> · {ORIGENS_CICLO[ciclo.origem] ?? ciclo.origem}
      </dd>
      <dt>Pessoas</dt>
      <dd>
        {formatarNumero(ciclo.pessoas_verificadas)} de {formatarNumero(ciclo.pessoas_enfileiradas)} verificadas
        {ciclo.em_andamento > 0 && `, ${formatarNumero(ciclo.em_andamento)} em andamento`}
        {ciclo.pessoas_com_falha > 0 && `, ${formatarNumero(ciclo.pessoas_com_falha)} com falha`}
      </dd>
      <dt>Novos alertas</dt>
      <dd>{formatarNumero(ciclo.novos_alertas)}</dd>
      {ciclo.duracao_segundos !== null && (
        <>
          <dt>Duração</dt>
          <dd>{ciclo.duracao_segundos < 1 ? 'menos de 1 s' : `${formatarNumero(Math.round(ciclo.duracao_segundos))} s`}</dd>
        </>
      )}
    </dl>
  );
}

export function CartaoStatus() {
  const status = useStatusSync();
  const sincronizar = useSincronizar();
  const { podeAlterar, dica } = usePermissoes();
  const dados = status.data;
  const limite = (dados?.limitador ?? null) as Limitador | null;
  return (
    <section className="cartao" aria-labelledby="titulo-status">
      <div className="cartao-topo">
        <h2 id="titulo-status">Sincronização</h2>
        <button
          type="button"
          className="botao"
          onClick={() => sincronizar.mutate()}
          disabled={sincronizar.isPending || !podeAlterar}
          title={dica}
          aria-describedby="ajuda-sincronizar"
        >
          {sincronizar.isPending ? 'Enfileirando…' : 'Sincronizar agora'}
        </button>
      </div>
      <p className="campo-ajuda" id="ajuda-sincronizar">
        Verifica agora todas as pessoas ativas, sem esperar o próximo ciclo.
      </p>
      {sincronizar.isSuccess && <Aviso tipo="sucesso">{sincronizar.data.mensagem}. Os alertas aparecem ao concluir.</Aviso>}
      {sincronizar.isError && <Aviso tipo="erro">{mensagemDeErro(sincronizar.error)}</Aviso>}
      {status.isPending && <Carregando texto="Consultando o estado…" />}
      {status.isError && !dados && <ErroBloco erro={status.error} aoTentar={() => void status.refetch()} />}
      {dados && (
        <>
          <dl className="lista-dados">
            <dt>Redis</dt>
            <dd>{dados.redis.ok ? <Etiqueta tom="ok">OK</Etiqueta> : <Etiqueta tom="perigo">{dados.redis.erro ?? 'Indisponível'}</Etiqueta>}</dd>
            <dt>Workers ativos</dt>
            <dd>
              {dados.workers ? formatarNumero(dados.workers.ativos) : '—'}
              {dados.workers?.ativos === 0 && <span className="texto-perigo"> — as verificações ficam na fila</span>}
            </dd>
            <dt>Agendador</dt>
            <dd>
              {dados.agendador.habilitado
                ? `a cada ${formatarNumero(dados.agendador.intervalo_minutos)} min`
                : 'desligado (DJE_MONITOR_HABILITADO=false)'}
              {dados.agendador.lider && <span className="texto-suave"> · líder {dados.agendador.lider}</span>}
            </dd>
            <dt>Próxima execução</dt>
            <dd>
              <Quando iso={dados.agendador.proxima_execucao} />
            </dd>
          </dl>
          {dados.filas && <Filas filas={dados.filas} />}
          {limite && <Orcamento limite={limite} />}
          {dados.ultimo_ciclo ? <UltimoCiclo ciclo={dados.ultimo_ciclo} /> : <p className="texto-suave">Nenhum ciclo executado ainda.</p>}
        </>
      )}
    </section>
  );
}
