// A página de monitorados continua ágil com 10 000 partes (paginação no servidor): mede no navegador
// o tempo até as primeiras linhas, até a próxima página, até a última, a troca do tamanho da página e
// uma busca por nome. As partes entram direto no banco (baseline feita, próxima verificação daqui a
// 10 anos: nenhum worker as verifica) e saem no fim. Os números vão para artefatos/e2e-carga.json.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AUTORIZACAO, PASTA_TELAS, URL_APP, abrirNavegador, garantirPastaTelas, novaPagina, psql } from './apoio.mjs';

const QUANTIDADE = 10_000;
const PREFIXO = 'CARGA E2E';
const LIMITE_MS = 2000;
const REMOVER = `DELETE FROM pessoas_monitoradas WHERE nome_normalizado LIKE '${PREFIXO} %'`;

let navegador;
before(async () => {
  garantirPastaTelas();
  psql(REMOVER); // sobra de uma execução interrompida
  // Nomes distintos e já normalizados (maiúsculas, sem acento), como o cadastro os gravaria.
  psql(`INSERT INTO pessoas_monitoradas (nome, nome_normalizado, baseline_concluido_em, ultimo_check, proximo_check, janela_fim)
        SELECT '${PREFIXO} ' || lpad(g::text, 5, '0') || ' SILVA', '${PREFIXO} ' || lpad(g::text, 5, '0') || ' SILVA',
               now(), now(), now() + interval '10 years', current_date
        FROM generate_series(1, ${QUANTIDADE}) AS g`);
  navegador = await abrirNavegador();
});
after(async () => {
  await navegador?.close();
  psql(REMOVER);
});

/** Milissegundos entre a ação e a condição verdadeira (verificada a cada quadro, sem sleep). */
async function medir(pagina, acao, condicao, argumento) {
  const inicio = Date.now();
  await acao();
  await pagina.waitForFunction(condicao, argumento, { timeout: 30_000, polling: 'raf' });
  return Date.now() - inicio;
}

/** Da navegação até a 20ª linha na tela (um localizador sobrevive à troca de documento). */
async function medirCarga(pagina, caminho) {
  const inicio = Date.now();
  await pagina.goto(caminho, { waitUntil: 'commit' });
  await pagina.locator('table.tabela tbody tr').nth(19).waitFor({ timeout: 30_000 });
  return Date.now() - inicio;
}

const primeiraLinha = () => document.querySelector('table.tabela tbody th')?.textContent ?? '';

test(`monitorados com ${QUANTIDADE.toLocaleString('pt-BR')} partes: primeiras linhas, páginas e busca`, async (t) => {
  assert.equal(Number(psql(`SELECT count(*) FROM pessoas_monitoradas WHERE nome_normalizado LIKE '${PREFIXO} %'`)), QUANTIDADE);
  const pagina = await novaPagina(navegador);
  const tempos = {};
  // O servidor sozinho (sem o navegador): primeira página, uma do meio e a busca por trecho do nome.
  for (const [nome, query] of [['api_pagina_1_ms', 'pagina=1'], ['api_pagina_250_ms', 'pagina=250'], ['api_busca_ms', 'q=e2e%2007777']]) {
    const inicio = Date.now();
    const resposta = await fetch(`${URL_APP}/api/v1/pessoas-monitoradas?por_pagina=20&${query}`, { headers: AUTORIZACAO });
    assert.equal(resposta.status, 200);
    await resposta.json();
    tempos[nome] = Date.now() - inicio;
  }

  tempos.primeiras_linhas_ms = await medirCarga(pagina, '/monitorados');
  const contagem = await pagina.locator('.contagem').textContent();
  const total = Number(contagem.replace(/\D/g, ''));
  assert.ok(total >= QUANTIDADE, `contagem mostra ${contagem}`);
  const nav = pagina.getByRole('navigation', { name: 'Páginas de pessoas monitoradas' });

  let antes = await pagina.evaluate(primeiraLinha);
  tempos.proxima_pagina_ms = await medir(
    pagina,
    () => nav.getByRole('button', { name: 'Próxima ›' }).click(),
    ([anterior]) => {
      const atual = document.querySelector('table.tabela tbody th')?.textContent;
      return atual && atual !== anterior && !document.querySelector('.tabela-rolagem.atualizando');
    },
    [antes],
  );
  assert.match(pagina.url(), /pagina=2/);
  // Trocar de página no rodapé leva de volta ao começo da lista; a captura inteira parte do topo.
  assert.ok(await pagina.evaluate(() => document.querySelector('.contagem').getBoundingClientRect().top >= 0), 'lista rolada para o começo');
  await pagina.evaluate(() => window.scrollTo(0, 0));
  await pagina.screenshot({ path: join(PASTA_TELAS, 'monitorados-10000-1440.png'), fullPage: true });

  const ultima = Math.ceil(total / 20);
  antes = await pagina.evaluate(primeiraLinha);
  tempos.ultima_pagina_ms = await medir(
    pagina,
    () => nav.getByRole('button', { name: `Página ${ultima.toLocaleString('pt-BR')}` }).click(),
    ([anterior]) => {
      const atual = document.querySelector('table.tabela tbody th')?.textContent;
      return atual && atual !== anterior && !document.querySelector('.tabela-rolagem.atualizando');
    },
    [antes],
  );
  assert.equal(await nav.getByRole('button', { name: 'Próxima ›' }).isDisabled(), true);

  tempos.duzentas_por_pagina_ms = await medir(
    pagina,
    () => nav.getByLabel('Por página').selectOption('200'),
    () => document.querySelectorAll('table.tabela tbody tr').length === 200 && !document.querySelector('.tabela-rolagem.atualizando'),
  );

  // A busca espera a pessoa parar de digitar (300 ms) antes de consultar: o tempo medido inclui essa pausa.
  const alvo = `${PREFIXO} 07777 SILVA`;
  tempos.busca_por_nome_ms = await medir(
    pagina,
    () => pagina.getByLabel('Nome', { exact: true }).fill('carga e2e 07777'),
    ([nome]) => {
      const linhas = document.querySelectorAll('table.tabela tbody tr');
      return linhas.length === 1 && linhas[0].querySelector('th')?.textContent === nome;
    },
    [alvo],
  );

  const resumo = Object.entries(tempos).map(([k, v]) => `${k}=${v}`).join(' ');
  t.diagnostic(`${QUANTIDADE} partes: ${resumo}`);
  console.log(`[carga] ${QUANTIDADE} partes: ${resumo}`);
  writeFileSync(join(PASTA_TELAS, '..', 'e2e-carga.json'), `${JSON.stringify({ partes: total, limite_ms: LIMITE_MS, ...tempos }, null, 2)}\n`);
  for (const [nome, ms] of Object.entries(tempos)) assert.ok(ms < LIMITE_MS, `${nome}: ${ms} ms (limite ${LIMITE_MS} ms)`);
  assert.deepEqual(pagina.errosJs, []);
});
