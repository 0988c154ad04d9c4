/**
 * Consultas e mutações das páginas de acesso: usuários e auditoria (administradores) e os tokens de
 * API de quem está conectado. Fora de consultas.ts para não entrarem no JS inicial.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requisitar, type Esquemas } from './cliente';
import { CHAVE_SESSAO } from './sessao';
import type { operations } from './esquema';

export type Usuario = Esquemas['UsuarioSaida'];
export type Token = Esquemas['TokenSaida'];
export type TokenCriado = Esquemas['TokenCriado'];
export type Registro = Esquemas['RegistroSaida'];
export type FiltrosAuditoria = NonNullable<operations['listar_api_v1_auditoria_get']['parameters']['query']>;
export type Acao = NonNullable<FiltrosAuditoria['acao']>;

export const ACOES: Record<Acao, string> = {
  CRIAR: 'Criação',
  ALTERAR: 'Alteração',
  EXCLUIR: 'Exclusão',
  IMPORTAR: 'Importação',
  SINCRONIZAR: 'Sincronização',
  VERIFICAR: 'Verificação',
  LOGIN: 'Entrada',
  LOGIN_FALHOU: 'Entrada recusada',
  LOGOUT: 'Saída',
};

const chaves = {
  usuarios: (pagina: number, porPagina: number) => ['usuarios', pagina, porPagina] as const,
  tokens: ['tokens'] as const,
  auditoria: (f: FiltrosAuditoria) => ['auditoria', f] as const,
};

export const useUsuarios = (pagina: number, porPagina: number) =>
  useQuery({
    queryKey: chaves.usuarios(pagina, porPagina),
    queryFn: ({ signal }) =>
      requisitar('get', '/api/v1/usuarios', { query: { pagina, por_pagina: porPagina }, sinal: signal }),
    placeholderData: keepPreviousData,
  });

function useInvalidarUsuarios() {
  const cliente = useQueryClient();
  // O próprio nome no cabeçalho e os registros da auditoria também mudam.
  return () =>
    Promise.all([['usuarios'], ['auditoria'], CHAVE_SESSAO].map((queryKey) => cliente.invalidateQueries({ queryKey })));
}

export function useCriarUsuario() {
  const invalidar = useInvalidarUsuarios();
  return useMutation({
    mutationFn: (corpo: Esquemas['UsuarioEntrada']) => requisitar('post', '/api/v1/usuarios', { corpo }),
    onSuccess: invalidar,
  });
}

export function useAlterarUsuario() {
  const invalidar = useInvalidarUsuarios();
  return useMutation({
    mutationFn: ({ id, corpo }: { id: number; corpo: Esquemas['UsuarioAtualizacao'] }) =>
      requisitar('patch', '/api/v1/usuarios/{usuario_id}', { path: { usuario_id: id }, corpo }),
    onSuccess: invalidar,
  });
}

export const useTokens = () =>
  useQuery({
    queryKey: chaves.tokens,
    queryFn: ({ signal }) => requisitar('get', '/api/v1/tokens', { sinal: signal }),
  });

export function useCriarToken() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (corpo: Esquemas['TokenEntrada']) => requisitar('post', '/api/v1/tokens', { corpo }),
    onSuccess: () => cliente.invalidateQueries({ queryKey: chaves.tokens }),
  });
}

export function useRevogarToken() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => requisitar('delete', '/api/v1/tokens/{token_id}', { path: { token_id: id } }),
    onSuccess: () => cliente.invalidateQueries({ queryKey: chaves.tokens }),
  });
}

export const useAuditoria = (filtros: FiltrosAuditoria) =>
  useQuery({
    queryKey: chaves.auditoria(filtros),
    queryFn: ({ signal }) => requisitar('get', '/api/v1/auditoria', { query: filtros, sinal: signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
