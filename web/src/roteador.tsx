/**
 * Roteador mínimo sobre a History API: caminhos limpos (a API devolve index.html para rotas
 * desconhecidas), filtros na query string para que um link compartilhado abra a mesma vista.
 */
import { useCallback, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const EVENTO = 'dje:navegacao';

function assinar(ouvinte: () => void): () => void {
  window.addEventListener('popstate', ouvinte);
  window.addEventListener(EVENTO, ouvinte);
  return () => {
    window.removeEventListener('popstate', ouvinte);
    window.removeEventListener(EVENTO, ouvinte);
  };
}

const instantaneo = () => window.location.pathname + window.location.search;

export function navegar(para: string, { substituir = false } = {}): void {
  if (para === instantaneo()) return;
  const caminhoAntes = window.location.pathname;
  window.history[substituir ? 'replaceState' : 'pushState'](null, '', para);
  window.dispatchEvent(new Event(EVENTO));
  // Mudou de página (não só de filtro): volta ao topo, como uma navegação comum.
  if (new URL(para, window.location.href).pathname !== caminhoAntes) window.scrollTo(0, 0);
}

export interface Localizacao {
  caminho: string;
  busca: URLSearchParams;
}

export function useLocalizacao(): Localizacao {
  const atual = useSyncExternalStore(assinar, instantaneo);
  const url = new URL(atual, window.location.origin);
  return { caminho: url.pathname, busca: url.searchParams };
}

/** Casa "/monitorados/:id" com um caminho; devolve os parâmetros ou null. */
export function casar(padrao: string, caminho: string): Record<string, string> | null {
  const partesPadrao = padrao.split('/').filter(Boolean);
  const partes = caminho.split('/').filter(Boolean);
  if (partesPadrao.length !== partes.length) return null;
  const parametros: Record<string, string> = {};
  for (const [i, parte] of partesPadrao.entries()) {
    const valor = partes[i] ?? '';
    if (parte.startsWith(':')) parametros[parte.slice(1)] = decodeURIComponent(valor);
    else if (parte !== valor) return null;
  }
  return parametros;
}

/** Lê e altera a query string da página atual; valores vazios saem da URL. */
export function useFiltrosUrl(): [URLSearchParams, (mudancas: Record<string, string | null>) => void] {
  const { caminho, busca } = useLocalizacao();
  const alterar = useCallback(
    (mudancas: Record<string, string | null>) => {
      const nova = new URLSearchParams(window.location.search);
      for (const [chave, valor] of Object.entries(mudancas)) {
        if (valor === null || valor === '') nova.delete(chave);
        else nova.set(chave, valor);
      }
      const texto = nova.toString();
      navegar(caminho + (texto ? `?${texto}` : ''), { substituir: true });
    },
    [caminho],
  );
  return [busca, alterar];
}

type PropsLink = AnchorHTMLAttributes<HTMLAnchorElement> & { para: string };

export function Link({ para, onClick, ...props }: PropsLink) {
  const aoClicar = (evento: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(evento);
    // Ctrl/⌘/Shift/clique do meio abrem noutra aba como num link comum.
    if (evento.defaultPrevented || evento.button !== 0) return;
    if (evento.metaKey || evento.ctrlKey || evento.shiftKey || evento.altKey) return;
    evento.preventDefault();
    navegar(para);
  };
  return <a href={para} onClick={aoClicar} {...props} />;
}
