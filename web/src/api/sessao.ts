/**
 * A sessão de quem usa o app: quem é (GET /api/auth/eu), entrar, sair e o que o papel permite.
 * O cookie da sessão é HttpOnly: o app nunca o lê, só pergunta à API quem está conectado.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { navegar } from '../roteador';
import { aoNaoAutenticado, ErroApi, requisitar, type Esquemas } from './cliente';

export type Usuario = Esquemas['UsuarioSaida'];
export type Papel = Usuario['papel'];

export const CHAVE_SESSAO = ['sessao'] as const;
export const PAPEIS: Record<Papel, string> = { admin: 'Administrador', operador: 'Operador', leitor: 'Leitor' };
export const SO_CONSULTA = 'Seu papel (leitor) só permite consulta';

async function lerSessao(sinal: AbortSignal): Promise<Usuario | null> {
  try {
    return await requisitar('get', '/api/auth/eu', { sinal });
  } catch (erro) {
    // 401 aqui não é falha: é a resposta "ninguém conectado".
    if (erro instanceof ErroApi && erro.status === 401) return null;
    throw erro;
  }
}

export const useSessao = () =>
  useQuery({
    queryKey: CHAVE_SESSAO,
    queryFn: ({ signal }) => lerSessao(signal),
    // Papel ou nome alterados por um administrador aparecem ao voltar à aba, sem recarregar.
    staleTime: 60_000,
  });

/**
 * Troca quem está conectado: descarta tudo o que foi carregado para o usuário anterior (outro papel
 * pode ver outra coisa) e grava o novo; `null` leva o app à página de login.
 */
export function trocarUsuario(cliente: QueryClient, usuario: Usuario | null): void {
  const deOutro = { predicate: (q: { queryKey: readonly unknown[] }) => q.queryKey[0] !== CHAVE_SESSAO[0] };
  void cliente.cancelQueries(deOutro);
  cliente.removeQueries(deOutro);
  cliente.setQueryData(CHAVE_SESSAO, usuario);
}

/** Um 401 em qualquer requisição (sessão vencida, revogada, usuário desativado) encerra a sessão local. */
export function instalarSessao(cliente: QueryClient): void {
  aoNaoAutenticado(() => {
    if (cliente.getQueryData(CHAVE_SESSAO) !== null) trocarUsuario(cliente, null);
  });
}

export function useEntrar() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (corpo: Esquemas['Credenciais']) => requisitar('post', '/api/auth/login', { corpo }),
    onSuccess: (usuario) => trocarUsuario(cliente, usuario),
  });
}

export function useSair() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: () => requisitar('post', '/api/auth/logout'),
    // Mesmo se a API não responder, a tela volta ao login; a sessão no servidor expira sozinha. Quem
    // saiu de propósito vai ao login sem ?volta=: a próxima pessoa começa pelo painel.
    onSettled: () => {
      trocarUsuario(cliente, null);
      navegar('/entrar');
    },
  });
}

export interface Permissoes {
  usuario: Usuario | null;
  /** Criar, alterar, excluir, importar, sincronizar, marcar como lido: operador e administrador. */
  podeAlterar: boolean;
  ehAdmin: boolean;
  /** O title dos controles bloqueados, que explica por quê; undefined quando nada é bloqueado. */
  dica: string | undefined;
}

export function usePermissoes(): Permissoes {
  const usuario = useSessao().data ?? null;
  const papel = usuario?.papel;
  const podeAlterar = papel === 'admin' || papel === 'operador';
  return { usuario, podeAlterar, ehAdmin: papel === 'admin', dica: podeAlterar ? undefined : SO_CONSULTA };
}
