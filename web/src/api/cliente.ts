/**
 * Cliente HTTP tipado a partir de esquema.d.ts (gerado do OpenAPI): o caminho e o método escolhem
 * os tipos dos parâmetros, do corpo e da resposta. Todo erro vira ErroApi ou ErroConexao.
 */
import type { components, paths } from './esquema';
import { registrarFalhaDeRede, registrarResposta } from './conexao';

export type Esquemas = components['schemas'];
type Metodo = 'get' | 'post' | 'patch' | 'delete';
type Caminho = keyof paths;
type MetodosDe<C extends Caminho> = {
  [M in Metodo]: paths[C][M] extends { responses: unknown } ? M : never;
}[Metodo];
type Operacao<C extends Caminho, M extends Metodo> = paths[C][M];

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;
type Respostas<O> = O extends { responses: infer R } ? R : never;
type CodigoSucesso = 200 | 201 | 202 | 204;
export type Resposta<C extends Caminho, M extends Metodo> = Json<
  Respostas<Operacao<C, M>>[Extract<keyof Respostas<Operacao<C, M>>, CodigoSucesso>]
>;
type Query<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Path<O> = O extends { parameters: { path: infer P } } ? P : never;
type SoJson<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Corpo<O> = O extends { requestBody?: infer R } ? SoJson<NonNullable<R>> : never;

type Opcoes<O> = ([Query<O>] extends [never] ? object : { query?: Query<O> }) &
  ([Path<O>] extends [never] ? object : { path: Path<O> }) &
  ([Corpo<O>] extends [never] ? object : { corpo: Corpo<O> }) & { sinal?: AbortSignal };

/** Um erro de campo, como a API devolve num 422: `campo` nulo quando é do corpo inteiro. */
export interface ErroCampo {
  campo: string | null;
  mensagem: string;
}

/** A API respondeu com erro (4xx/5xx): `detail` já vem em português. */
export class ErroApi extends Error {
  constructor(
    readonly status: number,
    readonly detalhe: string,
    readonly erros: ErroCampo[],
    readonly corpo: Record<string, unknown>,
  ) {
    super(detalhe);
    this.name = 'ErroApi';
  }
}

/** O servidor não respondeu (rede, API parada, proxy sem destino). */
export class ErroConexao extends Error {
  constructor() {
    super('Sem conexão com o servidor. Verifique a rede; tentaremos de novo automaticamente.');
    this.name = 'ErroConexao';
  }
}

function montarUrl(caminho: string, path?: object, query?: object): string {
  let url = caminho.replace(/\{(\w+)\}/g, (_, nome: string) =>
    encodeURIComponent(String((path as Record<string, unknown>)[nome])),
  );
  const busca = new URLSearchParams();
  for (const [chave, valor] of Object.entries(query ?? {})) {
    // null/undefined/"" significam "sem filtro": não vão na URL.
    if (valor !== null && valor !== undefined && valor !== '') busca.set(chave, String(valor));
  }
  const texto = busca.toString();
  if (texto) url += `?${texto}`;
  return url;
}

function mensagemPadrao(status: number): string {
  if (status === 404) return 'Não encontrado.';
  if (status >= 500) return `O servidor falhou ao responder (HTTP ${status}). Tente novamente.`;
  return `A requisição falhou (HTTP ${status}).`;
}

async function lerErro(resposta: Response): Promise<ErroApi> {
  const texto = await resposta.text().catch(() => '');
  let corpo: Record<string, unknown> = { vazio: texto.trim() === '' };
  try {
    corpo = JSON.parse(texto) as Record<string, unknown>;
  } catch {
    // Corpo vazio ou HTML de um proxy: fica a mensagem padrão.
  }
  const detalhe = typeof corpo.detail === 'string' ? corpo.detail : mensagemPadrao(resposta.status);
  const erros: ErroCampo[] = Array.isArray(corpo.erros) ? (corpo.erros as ErroCampo[]) : [];
  // Um AppError com campo (ex.: tribunal desconhecido) vira um erro de campo como os de um 422.
  if (erros.length === 0 && typeof corpo.campo === 'string') {
    erros.push({ campo: corpo.campo, mensagem: detalhe });
  }
  return new ErroApi(resposta.status, detalhe, erros, corpo);
}

// Quem reage a uma sessão ausente ou vencida (o app inteiro volta ao login): um lugar só, não cada página.
const ouvintesNaoAutenticado = new Set<() => void>();

export function aoNaoAutenticado(ouvinte: () => void): () => void {
  ouvintesNaoAutenticado.add(ouvinte);
  return () => ouvintesNaoAutenticado.delete(ouvinte);
}

// No login, 401 é "senha errada", mostrado no formulário; não é uma sessão que venceu.
const SEM_AVISO_401 = '/api/auth/login';

/** fetch com o tratamento de erro comum: rede e proxy viram ErroConexao; 4xx/5xx da API, ErroApi. */
async function buscar(url: string, init: RequestInit): Promise<Response> {
  let resposta: Response;
  try {
    resposta = await fetch(url, init);
  } catch (erro) {
    if (erro instanceof DOMException && erro.name === 'AbortError') throw erro;
    registrarFalhaDeRede();
    throw new ErroConexao();
  }
  if (!resposta.ok) {
    const erro = await lerErro(resposta);
    // Sem `detail` em JSON, a resposta veio de um proxy no caminho (API parada), não da API: é perda
    // de conexão. O proxy do Vite responde 500 com corpo vazio; nginx e afins, 502/503/504 em HTML.
    const doProxy = resposta.status === 500 ? erro.corpo.vazio === true : resposta.status > 500;
    if (doProxy && typeof erro.corpo.detail !== 'string') {
      registrarFalhaDeRede();
      throw new ErroConexao();
    }
    registrarResposta();
    if (resposta.status === 401 && !url.startsWith(SEM_AVISO_401)) ouvintesNaoAutenticado.forEach((ouvinte) => ouvinte());
    throw erro;
  }
  registrarResposta();
  return resposta;
}

export async function requisitar<C extends Caminho, M extends MetodosDe<C>>(
  metodo: M,
  caminho: C,
  ...[opcoes]: object extends Opcoes<Operacao<C, M>>
    ? [Opcoes<Operacao<C, M>>?]
    : [Opcoes<Operacao<C, M>>]
): Promise<Resposta<C, M>> {
  const o = (opcoes ?? {}) as { query?: object; path?: object; corpo?: unknown; sinal?: AbortSignal };
  const resposta = await buscar(montarUrl(caminho, o.path, o.query), {
    method: metodo.toUpperCase(),
    headers: o.corpo === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: o.corpo === undefined ? undefined : JSON.stringify(o.corpo),
    signal: o.sinal,
  });
  if (resposta.status === 204) return undefined as Resposta<C, M>;
  return (await resposta.json()) as Resposta<C, M>;
}

type CaminhoMultipart = {
  [C in Caminho]: [paths[C]['post']] extends [{ requestBody: { content: { 'multipart/form-data': unknown } } }] ? C : never;
}[Caminho];

/** POST multipart (upload de arquivo): o navegador monta o boundary, por isso sem Content-Type aqui. */
export async function enviarFormulario<C extends CaminhoMultipart>(
  caminho: C,
  formulario: FormData,
  query?: Query<Operacao<C, 'post'>>,
): Promise<Resposta<C, 'post'>> {
  const resposta = await buscar(montarUrl(caminho, undefined, query ?? {}), {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: formulario,
  });
  return (await resposta.json()) as Resposta<C, 'post'>;
}

/** Texto de erro para a pessoa usuária, seja qual for o tipo do erro. */
export function mensagemDeErro(erro: unknown): string {
  if (erro instanceof ErroApi || erro instanceof ErroConexao) return erro.message;
  return 'Algo deu errado. Recarregue a página e tente novamente.';
}
