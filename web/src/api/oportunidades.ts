/** Consultas e mutações de oportunidades de crédito e dos padrões que as encontram. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requisitar, type Esquemas } from './cliente';
import type { operations } from './esquema';

export type FiltrosOportunidades = NonNullable<operations['listar_api_v1_oportunidades_get']['parameters']['query']>;
export type Padrao = Esquemas['PadraoSaida'];
export type Oportunidade = Esquemas['OportunidadeSaida'];
export type GrupoOportunidades = Esquemas['GrupoOportunidades'];

const SEGUNDOS = 1000;
const chaves = {
  lista: (f: FiltrosOportunidades) => ['oportunidades', 'lista', f] as const,
  padroes: ['oportunidades', 'padroes'] as const,
};

/** `acompanhando`: logo depois de "Varrer agora" o resultado chega em segundos; vale olhar de perto. */
export const useOportunidades = (filtros: FiltrosOportunidades, acompanhando: boolean) =>
  useQuery({
    queryKey: chaves.lista(filtros),
    queryFn: ({ signal }) => requisitar('get', '/api/v1/oportunidades', { query: filtros, sinal: signal }),
    placeholderData: keepPreviousData,
    refetchInterval: acompanhando ? 2 * SEGUNDOS : 30 * SEGUNDOS,
  });

export const usePadroes = () =>
  useQuery({
    queryKey: chaves.padroes,
    // 200 é o máximo da API numa página; padrões são poucos (dezenas), cabem todos.
    queryFn: ({ signal }) => requisitar('get', '/api/v1/oportunidades/padroes', { query: { por_pagina: 200 }, sinal: signal }),
  });

export function useVarrer() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: () => requisitar('post', '/api/v1/oportunidades/varrer'),
    onSuccess: () => cliente.invalidateQueries({ queryKey: ['oportunidades', 'lista'] }),
  });
}

export function useSalvarPadrao(id: number | null) {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (corpo: Esquemas['PadraoEntrada'] | Esquemas['PadraoAtualizacao']) =>
      id === null
        ? requisitar('post', '/api/v1/oportunidades/padroes', { corpo: corpo as Esquemas['PadraoEntrada'] })
        : requisitar('patch', '/api/v1/oportunidades/padroes/{padrao_id}', { path: { padrao_id: id }, corpo }),
    // Criar ou alterar um padrão enfileira uma varredura: a lista muda em seguida.
    onSuccess: () => cliente.invalidateQueries({ queryKey: ['oportunidades'] }),
  });
}

export function useExcluirPadrao() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      requisitar('delete', '/api/v1/oportunidades/padroes/{padrao_id}', { path: { padrao_id: id } }),
    onSuccess: () => cliente.invalidateQueries({ queryKey: ['oportunidades'] }),
  });
}
