// Apoio comum aos testes e2e: endereços da pilha, navegador (já com login), esperas com prazo e acesso
// às APIs. A pilha (simulador + API servindo o app + worker + usuários) já está de pé: veja pilha.sh.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const URL_APP = (process.env.DJE_E2E_URL ?? 'http://127.0.0.1:18802').replace(/\/$/, '');
export const URL_SIMULADOR = (process.env.DJE_E2E_SIMULADOR_URL ?? 'http://127.0.0.1:18799').replace(/\/$/, '');
export const URL_BANCO = process.env.DJE_E2E_BANCO_URL ?? 'postgresql://postgres@127.0.0.1:5432/dje_e2e';
const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PYTHON = process.env.DJE_PYTHON ?? join(RAIZ, '.venv/bin/python');
export const PASTA_TELAS = resolve(dirname(fileURLToPath(import.meta.url)), '../../artefatos/screenshots');
export const LARGURAS = { desktop: { width: 1440, height: 900 }, celular: { width: 390, height: 844 } };
// O DJE_API_TOKEN da API (papel admin) para os fetch do Node; os usuários do navegador, um por papel.
const TOKEN = process.env.DJE_E2E_TOKEN ?? process.env.DJE_API_TOKEN ?? '';
export const AUTORIZACAO = { Authorization: `Bearer ${TOKEN}` };
export const SENHA = process.env.DJE_E2E_SENHA ?? '';
export const USUARIOS = { admin: 'admin-e2e', operador: 'operador-e2e', leitor: 'leitor-e2e' };

export async function abrirNavegador() {
  return chromium.launch({
    executablePath: process.env.DJE_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Entra pela API no contexto do navegador: o cookie HttpOnly da sessão fica no contexto, como após o login. */
export async function entrar(contexto, login, senha = SENHA) {
  // Origin como a do app: a API confere a origem de toda requisição que altera algo.
  const resposta = await contexto.request.post('/api/auth/login', { data: { login, senha }, headers: { Origin: URL_APP } });
  if (!resposta.ok()) throw new Error(`login de ${login}: HTTP ${resposta.status()} ${await resposta.text()}`);
  return resposta.json();
}

/**
 * Página nova com o fuso de Brasília e o idioma pt-BR, como a de quem usa o produto, já conectada
 * como `papel` (admin, operador, leitor) ou, com `papel: null`, sem sessão (na página de login).
 */
export async function novaPagina(navegador, tamanho = LARGURAS.desktop, { papel = 'admin' } = {}) {
  const contexto = await navegador.newContext({
    viewport: tamanho,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    baseURL: URL_APP,
  });
  if (papel) await entrar(contexto, USUARIOS[papel]);
  const pagina = await contexto.newPage();
  // Um erro de JavaScript, ou algo que a Content-Security-Policy da API barrou, reprova o teste.
  pagina.errosJs = [];
  pagina.on('pageerror', (erro) => pagina.errosJs.push(erro));
  pagina.on('console', (mensagem) => {
    if (/Content Security Policy/i.test(mensagem.text())) pagina.errosJs.push(new Error(`CSP: ${mensagem.text()}`));
  });
  return pagina;
}

/** Repete `condicao` até ela devolver algo verdadeiro ou o prazo acabar (nunca um sleep fixo). */
export async function esperarAte(condicao, { prazoMs = 60_000, intervaloMs = 500, descricao = 'condição' } = {}) {
  const limite = Date.now() + prazoMs;
  let ultimoErro;
  while (Date.now() < limite) {
    try {
      const valor = await condicao();
      if (valor) return valor;
    } catch (erro) {
      ultimoErro = erro;
    }
    await new Promise((ok) => setTimeout(ok, intervaloMs));
  }
  throw new Error(`Prazo esgotado esperando ${descricao}${ultimoErro ? `: ${ultimoErro.message}` : ''}`);
}

/** fetch do Node com o DJE_API_TOKEN; devolve o JSON e falha em qualquer resposta que não seja 2xx. */
export async function json(url, opcoes = {}) {
  const resposta = await fetch(url, {
    ...opcoes,
    headers: { 'Content-Type': 'application/json', ...AUTORIZACAO, ...(opcoes.headers ?? {}) },
    body: opcoes.corpo === undefined ? undefined : JSON.stringify(opcoes.corpo),
  });
  if (!resposta.ok) throw new Error(`${opcoes.method ?? 'GET'} ${url}: HTTP ${resposta.status} ${await resposta.text()}`);
  return resposta.status === 204 ? null : resposta.json();
}

/** Uma parte gerada pelo simulador que ainda não é monitorada (o banco pode vir de outra execução). */
export async function parteLivre({ minimoComunicacoes = 1, pular = 0 } = {}) {
  const { partes } = await json(`${URL_SIMULADOR}/_simulador/partes?limite=200`);
  const monitoradas = await json(`${URL_APP}/api/v1/pessoas-monitoradas?por_pagina=200`);
  const nomes = new Set(monitoradas.itens.map((p) => p.nome.toUpperCase()));
  const livres = partes.filter(
    // Nome exato (comunicacoes === resultados_busca): sem homônimos que mudem as contagens.
    (p) => !nomes.has(p.nome.toUpperCase()) && p.comunicacoes >= minimoComunicacoes && p.comunicacoes === p.resultados_busca,
  );
  const parte = livres[pular];
  if (!parte) throw new Error('O simulador não tem parte livre para o teste; recrie o banco (pilha.sh iniciar).');
  return parte;
}

export function garantirPastaTelas() {
  mkdirSync(PASTA_TELAS, { recursive: true });
}

/** Uma pessoa já monitorada com a baseline concluída; cadastra uma parte livre quando não há nenhuma. */
export async function garantirPessoa() {
  const { itens } = await json(`${URL_APP}/api/v1/pessoas-monitoradas?por_pagina=200`);
  let pessoa = [...itens].sort((a, b) => b.total_publicacoes - a.total_publicacoes)[0];
  if (!pessoa) {
    const parte = await parteLivre();
    pessoa = await json(`${URL_APP}/api/v1/pessoas-monitoradas`, { method: 'POST', corpo: { nome: parte.nome } });
  }
  return esperarAte(
    async () => {
      const atual = await json(`${URL_APP}/api/v1/pessoas-monitoradas/${pessoa.id}`);
      return atual.situacao_baseline === 'concluida' && atual;
    },
    { descricao: 'baseline concluída' },
  );
}

/** Roda SQL no banco da pilha e devolve a saída do psql (sem alinhamento, sem cabeçalho). */
export function psql(sql) {
  return execFileSync('psql', [URL_BANCO, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' }).trim();
}

/**
 * Grava uma planilha .xlsx com o openpyxl do venv do projeto (a mesma biblioteca que a API usa para
 * ler): `linhas[0]` é o cabeçalho. Devolve o caminho do arquivo, num diretório temporário.
 */
export function gerarPlanilha(linhas, nome = 'partes.xlsx') {
  const caminho = join(mkdtempSync(join(tmpdir(), 'dje-e2e-')), nome);
  const codigo =
    'import json, sys, openpyxl\n' +
    'livro = openpyxl.Workbook(); aba = livro.active; aba.title = "Partes"\n' +
    'for linha in json.loads(sys.argv[2]): aba.append(linha)\n' +
    'livro.save(sys.argv[1])';
  execFileSync(PYTHON, ['-c', codigo, caminho, JSON.stringify(linhas)]);
  return caminho;
}
