/**
 * Todas as consultas e mutações do app sobre o TanStack Query: chaves, intervalos de atualização
 * e o que cada mutação invalida ficam aqui, num só lugar.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requisitar, type Esquemas } from './cliente';
import type { operations } from './esquema';

type QueryDe<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;
export type FiltrosPessoas = QueryDe<'listar_api_v1_pessoas_monitoradas_get'>;
export type FiltrosAlertas = QueryDe<'listar_api_v1_alertas_get'>;
export type FiltrosBusca = QueryDe<'buscar_api_v1_search_get'>;
export type PaginaGrupos = Esquemas['Pagina_GrupoProcesso_'];

export const chaves = {
  resumo: ['dashboard'] as const,
  status: ['sync-status'] as const,
  naoLidos: ['alertas', 'nao-lidos'] as const,
  alertas: (f: FiltrosAlertas) => ['alertas', 'lista', f] as const,
  pessoas: (f: FiltrosPessoas) => ['pessoas', 'lista', f] as const,
  pessoa: (id: number) => ['pessoas', id] as const,
  publicacoes: (id: number, pagina: number, versao: string) => ['pessoas', id, 'publicacoes', pagina, versao] as const,
  verificacoes: (id: number, pagina: number, versao: string) => ['pessoas', id, 'verificacoes', pagina, versao] as const,
  publicacao: (id: number) => ['publicacao', id] as const,
  busca: (f: FiltrosBusca) => ['busca', f] as const,
};

// Intervalos de atualização em segundo plano (o TanStack pausa enquanto a aba está oculta).
const SEGUNDOS = 1000;
export const INTERVALO = { status: 5 * SEGUNDOS, naoLidos: 10 * SEGUNDOS, painel: 15 * SEGUNDOS };

export const useResumo = () =>
  useQuery({
    queryKey: chaves.resumo,
    queryFn: ({ signal }) => requisitar('get', '/api/dashboard/resumo', { sinal: signal }),
    refetchInterval: INTERVALO.painel,
  });

export const useStatusSync = () =>
  useQuery({
    queryKey: chaves.status,
    queryFn: ({ signal }) => requisitar('get', '/api/sync/status', { sinal: signal }),
    refetchInterval: INTERVALO.status,
  });

export const useNaoLidos = () =>
  useQuery({
    queryKey: chaves.naoLidos,
    queryFn: ({ signal }) => requisitar('get', '/api/v1/alertas/nao-lidos/count', { sinal: signal }),
    refetchInterval: INTERVALO.naoLidos,
  });

export const useAlertas = (filtros: FiltrosAlertas) =>
  useQuery({
    queryKey: chaves.alertas(filtros),
    queryFn: ({ signal }) => requisitar('get', '/api/v1/alertas', { query: filtros, sinal: signal }),
    placeholderData: keepPreviousData,
    refetchInterval: INTERVALO.painel,
  });

export const usePessoas = (filtros: FiltrosPessoas) =>
  useQuery({
    queryKey: chaves.pessoas(filtros),
    queryFn: ({ signal }) =>
      requisitar('get', '/api/v1/pessoas-monitoradas', { query: filtros, sinal: signal }),
    placeholderData: keepPreviousData,
    refetchInterval: INTERVALO.painel,
  });

export const usePessoa = (id: number) =>
  useQuery({
    queryKey: chaves.pessoa(id),
    queryFn: ({ signal }) =>
      requisitar('get', '/api/v1/pessoas-monitoradas/{pessoa_id}', { path: { pessoa_id: id }, sinal: signal }),
    // Enquanto a baseline roda, o resultado chega em segundos: vale acompanhar de perto.
    refetchInterval: (consulta) =>
      consulta.state.data?.situacao_baseline === 'pendente' ? 2 * SEGUNDOS : INTERVALO.painel,
  });

/**
 * `versao` muda quando a pessoa muda (nova verificação, novas publicações): entra na chave para que
 * a lista se renove sozinha, por exemplo quando a baseline termina, sem sondagem própria.
 */
export const usePublicacoesPessoa = (id: number, pagina: number, versao: string) =>
  useQuery({
    queryKey: chaves.publicacoes(id, pagina, versao),
    queryFn: async ({ signal }) =>
      // Com agrupar=processo a API sempre devolve grupos; o esquema só não sabe distinguir.
      (await requisitar('get', '/api/v1/pessoas-monitoradas/{pessoa_id}/publicacoes', {
        path: { pessoa_id: id },
        query: { agrupar: 'processo', pagina, por_pagina: 20 },
        sinal: signal,
      })) as PaginaGrupos,
    placeholderData: keepPreviousData,
  });

export const useVerificacoes = (id: number, pagina: number, versao: string) =>
  useQuery({
    queryKey: chaves.verificacoes(id, pagina, versao),
    queryFn: ({ signal }) =>
      requisitar('get', '/api/v1/pessoas-monitoradas/{pessoa_id}/verificacoes', {
        path: { pessoa_id: id },
        query: { pagina, por_pagina: 10 },
        sinal: signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: INTERVALO.painel,
  });

export const usePublicacao = (id: number, habilitada: boolean) =>
  useQuery({
    queryKey: chaves.publicacao(id),
    queryFn: ({ signal }) =>
      requisitar('get', '/api/v1/publicacoes/{publicacao_id}', { path: { publicacao_id: id }, sinal: signal }),
    enabled: habilitada,
    staleTime: 5 * 60 * SEGUNDOS,
  });

export const useBusca = (filtros: FiltrosBusca | null) =>
  useQuery({
    queryKey: chaves.busca(filtros ?? {}),
    queryFn: ({ signal }) => requisitar('get', '/api/v1/search', { query: filtros ?? {}, sinal: signal }),
    enabled: filtros !== null,
    // Cada busca custa requisições ao DJEN: reaproveita o resultado e não repete sozinha.
    staleTime: 5 * 60 * SEGUNDOS,
    refetchOnWindowFocus: false,
    retry: false,
    placeholderData: keepPreviousData,
  });

export function useSincronizar() {
  const cliente = useQueryClient();
  return useMutation({
    // todas=true: quem clica quer ver tudo atualizado agora, não só as pessoas já devidas.
    mutationFn: () => requisitar('post', '/api/sync/forcar', { query: { todas: true } }),
    onSuccess: () => cliente.invalidateQueries({ queryKey: chaves.status }),
  });
}

export function useMarcarLidos() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (corpo: Esquemas['MarcarLidos']) =>
      requisitar('post', '/api/v1/alertas/marcar-lidos', { corpo }),
    onSuccess: () =>
      Promise.all(
        [['alertas'], chaves.resumo, ['pessoas']].map((queryKey) => cliente.invalidateQueries({ queryKey })),
      ),
  });
}

export function useSalvarPessoa(id: number | null) {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (corpo: Esquemas['PessoaEntrada'] | Esquemas['PessoaAtualizacao']) =>
      id === null
        ? requisitar('post', '/api/v1/pessoas-monitoradas', { corpo: corpo as Esquemas['PessoaEntrada'] })
        : requisitar('patch', '/api/v1/pessoas-monitoradas/{pessoa_id}', { path: { pessoa_id: id }, corpo }),
    onSuccess: (pessoa) => {
      cliente.setQueryData(chaves.pessoa(pessoa.id), pessoa);
      return Promise.all([
        cliente.invalidateQueries({ queryKey: ['pessoas'] }),
        cliente.invalidateQueries({ queryKey: chaves.resumo }),
      ]);
    },
  });
}

export function useRemoverPessoa() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      requisitar('delete', '/api/v1/pessoas-monitoradas/{pessoa_id}', { path: { pessoa_id: id } }),
    onSuccess: (_, id) => {
      cliente.removeQueries({ queryKey: chaves.pessoa(id) });
      return Promise.all(
        [['pessoas', 'lista'], ['alertas'], chaves.resumo].map((queryKey) =>
          cliente.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}

export function useVerificarPessoa(id: number) {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: () =>
      requisitar('post', '/api/v1/pessoas-monitoradas/{pessoa_id}/verificar', { path: { pessoa_id: id } }),
    onSuccess: () => cliente.invalidateQueries({ queryKey: chaves.pessoa(id) }),
  });
}
