/** Consultas e mutações dos canais de notificação (Telegram, e-mail, webhook). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requisitar, type Esquemas } from './cliente';

export type Canal = Esquemas['CanalSaida'];
export type TipoCanal = Canal['tipo'];
const CHAVE = ['canais'] as const;

export const useCanais = () =>
  useQuery({
    queryKey: CHAVE,
    queryFn: ({ signal }) => requisitar('get', '/api/v1/canais', { sinal: signal }),
    // Os contadores de entregas mudam com o trabalho do worker.
    refetchInterval: 15_000,
  });

export function useSalvarCanal(id: number | null) {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (corpo: Esquemas['CanalEntrada'] | Esquemas['CanalAtualizacao']) =>
      id === null
        ? requisitar('post', '/api/v1/canais', { corpo: corpo as Esquemas['CanalEntrada'] })
        : requisitar('patch', '/api/v1/canais/{canal_id}', { path: { canal_id: id }, corpo }),
    onSuccess: () => cliente.invalidateQueries({ queryKey: CHAVE }),
  });
}

export function useRemoverCanal() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => requisitar('delete', '/api/v1/canais/{canal_id}', { path: { canal_id: id } }),
    onSuccess: () => cliente.invalidateQueries({ queryKey: CHAVE }),
  });
}

export function useTestarCanal(id: number) {
  return useMutation({
    mutationFn: () => requisitar('post', '/api/v1/canais/{canal_id}/teste', { path: { canal_id: id } }),
  });
}
