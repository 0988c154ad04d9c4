/**
 * Estado da conexão com o servidor, compartilhado pelo app: qualquer requisição que falhe por rede
 * o derruba, qualquer resposta o restabelece. Enquanto caído, /health é sondado até voltar, para
 * que o aviso suma sozinho mesmo numa página sem atualização periódica.
 */
import { useSyncExternalStore } from 'react';

const INTERVALO_SONDAGEM_MS = 4000;
let conectado = true;
let sondagem: ReturnType<typeof setInterval> | undefined;
const ouvintes = new Set<() => void>();

function definir(valor: boolean): void {
  if (valor === conectado) return;
  conectado = valor;
  if (valor && sondagem !== undefined) {
    clearInterval(sondagem);
    sondagem = undefined;
  }
  if (!valor && sondagem === undefined) sondagem = setInterval(sondar, INTERVALO_SONDAGEM_MS);
  ouvintes.forEach((ouvinte) => ouvinte());
}

async function sondar(): Promise<void> {
  try {
    // Qualquer resposta da API (mesmo 503 de um Redis parado) prova que o servidor está lá.
    const resposta = await fetch('/health', { cache: 'no-store' });
    const tipo = resposta.headers.get('content-type') ?? '';
    if (tipo.includes('application/json')) definir(true);
  } catch {
    // Continua fora; a próxima sondagem tenta de novo.
  }
}

export function registrarFalhaDeRede(): void {
  definir(false);
}

export function registrarResposta(): void {
  definir(true);
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', () => definir(false));
  window.addEventListener('online', () => void sondar());
}

function assinar(ouvinte: () => void): () => void {
  ouvintes.add(ouvinte);
  return () => ouvintes.delete(ouvinte);
}

export function useConectado(): boolean {
  return useSyncExternalStore(assinar, () => conectado);
}
