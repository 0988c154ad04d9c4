/** Auditoria (administradores): quem fez o quê e quando, mais recentes primeiro, com filtros na URL. */
import { ACOES, useAuditoria, useUsuarios, type Acao, type FiltrosAuditoria } from '../../api/acesso';
import { Carregando, ErroBloco, Vazio } from '../../componentes/Estados';
import { Etiqueta } from '../../componentes/Etiquetas';
import { Paginacao } from '../../componentes/Paginacao';
import { Titulo } from '../../componentes/Titulo';
import { formatarDataHora, formatarNumero } from '../../lib/formato';
import { useFiltrosUrl } from '../../roteador';

const POR_PAGINA = 50;
// Os recursos que a API registra; um valor desconhecido vindo de um link ainda aparece no filtro.
const RECURSOS: Record<string, string> = {
  pessoa: 'Pessoas monitoradas',
  alerta: 'Alertas',
  planilha: 'Importações',
  ciclo: 'Sincronização',
  canal: 'Canais',
  padrao: 'Padrões',
  oportunidade: 'Oportunidades',
  usuario: 'Usuários',
  token: 'Tokens de API',
  login: 'Logins',
};
const TONS: Partial<Record<string, 'ok' | 'info' | 'alerta' | 'perigo' | 'neutro'>> = {
  CRIAR: 'ok',
  EXCLUIR: 'perigo',
  LOGIN_FALHOU: 'alerta',
  LOGIN: 'neutro',
  LOGOUT: 'neutro',
};

function FiltroUsuario({ valor, aoMudar }: { valor: string; aoMudar: (v: string) => void }) {
  // O máximo da API numa página basta para escolher; o filtro também chega por link.
  const usuarios = useUsuarios(1, 200).data?.itens ?? [];
  return (
    <div className="campo">
      <label htmlFor="filtro-usuario">Usuário</label>
      <select id="filtro-usuario" value={valor} onChange={(e) => aoMudar(e.target.value)}>
        <option value="">Todos</option>
        {valor && !usuarios.some((u) => String(u.id) === valor) && <option value={valor}>Usuário nº {valor}</option>}
        {usuarios.map((u) => (
          <option key={u.id} value={u.id}>
            {u.nome} ({u.login})
          </option>
        ))}
      </select>
    </div>
  );
}

export default function Auditoria() {
  const [busca, alterar] = useFiltrosUrl();
  const acao = busca.get('acao') ?? '';
  const recurso = busca.get('recurso') ?? '';
  const usuario = busca.get('usuario') ?? '';
  const pagina = Math.max(1, Number(busca.get('pagina')) || 1);
  const filtros: FiltrosAuditoria = {
    acao: acao in ACOES ? (acao as Acao) : null,
    recurso: recurso || null,
    usuario_id: /^\d+$/.test(usuario) ? Number(usuario) : null,
    pagina,
    por_pagina: POR_PAGINA,
  };
  const consulta = useAuditoria(filtros);
  const dados = consulta.data;
  const filtrar = (mudancas: Record<string, string | null>) => alterar({ ...mudancas, pagina: null });
  const filtrando = Boolean(filtros.acao || filtros.recurso || filtros.usuario_id);

  return (
    <>
      <Titulo>Auditoria</Titulo>
      <p className="texto-suave">
        Cada criação, alteração, exclusão, importação, sincronização forçada e cada entrada no sistema, com quem fez e de
        onde. Horários de Brasília.
      </p>
      <form className="filtros" aria-label="Filtrar a auditoria" onSubmit={(e) => e.preventDefault()}>
        <div className="campo">
          <label htmlFor="filtro-acao">Ação</label>
          <select id="filtro-acao" value={acao} onChange={(e) => filtrar({ acao: e.target.value })}>
            <option value="">Todas</option>
            {Object.entries(ACOES).map(([valor, rotulo]) => (
              <option key={valor} value={valor}>
                {rotulo}
              </option>
            ))}
          </select>
        </div>
        <div className="campo">
          <label htmlFor="filtro-recurso">Recurso</label>
          <select id="filtro-recurso" value={recurso} onChange={(e) => filtrar({ recurso: e.target.value })}>
            <option value="">Todos</option>
            {recurso && !(recurso in RECURSOS) && <option value={recurso}>{recurso}</option>}
            {Object.entries(RECURSOS).map(([valor, rotulo]) => (
              <option key={valor} value={valor}>
                {rotulo}
              </option>
            ))}
          </select>
        </div>
        <FiltroUsuario valor={usuario} aoMudar={(v) => filtrar({ usuario: v })} />
      </form>

      {consulta.isPending && <Carregando />}
      {consulta.isError && !dados && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {dados && dados.total === 0 && <Vazio titulo={filtrando ? 'Nenhum registro com esses filtros.' : 'Nenhum registro ainda.'} />}
      {dados && dados.total > 0 && (
        <div className={`tabela-rolagem${consulta.isPlaceholderData ? ' atualizando' : ''}`} aria-busy={consulta.isFetching}>
          <table className="tabela tabela-responsiva tabela-auditoria">
            <caption className="so-leitor">Registros da auditoria, {formatarNumero(dados.total)} no total</caption>
            <thead>
              <tr>
                <th scope="col">Quando</th>
                <th scope="col">Quem</th>
                <th scope="col">Ação</th>
                <th scope="col">Recurso</th>
                <th scope="col">Resumo</th>
                <th scope="col">IP</th>
              </tr>
            </thead>
            <tbody>
              {dados.itens.map((r) => (
                <tr key={r.id} data-registro={r.id}>
                  <th scope="row" data-rotulo="Quando">
                    <time dateTime={r.em}>{formatarDataHora(r.em)}</time>
                  </th>
                  <td data-rotulo="Quem">{r.ator}</td>
                  <td data-rotulo="Ação">
                    <Etiqueta tom={TONS[r.acao] ?? 'info'}>{ACOES[r.acao as Acao] ?? r.acao}</Etiqueta>
                  </td>
                  <td data-rotulo="Recurso">
                    <span>
                      {RECURSOS[r.recurso] ?? r.recurso}
                      {r.recurso_id && <span className="texto-suave"> {/^\d+$/.test(r.recurso_id) ? `nº ${r.recurso_id}` : r.recurso_id}</span>}
                    </span>
                  </td>
                  <td data-rotulo="Resumo" className="auditoria-resumo">
                    {r.resumo}
                  </td>
                  <td data-rotulo="IP">{r.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dados && (
        <Paginacao pagina={pagina} porPagina={POR_PAGINA} total={dados.total} rotulo="registros da auditoria" aoMudar={(p) => alterar({ pagina: p === 1 ? null : String(p) })} />
      )}
    </>
  );
}
