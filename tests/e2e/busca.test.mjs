// Busca avulsa: acha uma parte gerada pelo simulador, abre o detalhe e a monitora; por número de
// processo não há "Monitorar esta parte" para o número.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { URL_APP, abrirNavegador, esperarAte, json, novaPagina, parteLivre } from './apoio.mjs';

let navegador;
before(async () => {
  navegador = await abrirNavegador();
});
after(async () => {
  await navegador?.close();
});

test('a busca por nome acha uma parte gerada e permite monitorá-la', async () => {
  const parte = await parteLivre();
  const pagina = await novaPagina(navegador);
  await pagina.goto('/busca');
  await pagina.getByLabel('Nome a buscar').fill(parte.nome);
  await pagina.getByRole('button', { name: 'Buscar', exact: true }).click();

  const plural = parte.resultados_busca === 1 ? 'publicação' : 'publicações';
  await pagina.getByText(`, ${parte.resultados_busca} ${plural}`).waitFor({ timeout: 60_000 });
  const resultados = pagina.locator('.resultado');
  assert.ok((await resultados.count()) >= 1);
  assert.match(await resultados.first().textContent(), new RegExp(parte.nome.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));

  await resultados.first().click();
  const painel = pagina.getByRole('complementary', { name: /\d{7}-\d{2}\.\d{4}/ });
  await painel.locator('.texto-publicacao').waitFor();

  await pagina.getByRole('button', { name: `Monitorar esta parte: ${parte.nome}` }).first().click();
  await pagina.getByText('Monitorando.').first().waitFor();
  const lista = await json(`${URL_APP}/api/v1/pessoas-monitoradas?q=${encodeURIComponent(parte.nome)}`);
  assert.ok(lista.itens.some((p) => p.nome.toUpperCase() === parte.nome.toUpperCase()));
  assert.deepEqual(pagina.errosJs, []);
});

test('a busca por número de processo agrupa e não oferece monitorar o número', async () => {
  const parte = await parteLivre();
  const busca = await json(`${URL_APP}/api/v1/search?nome=${encodeURIComponent(parte.nome)}`);
  const processo = busca.itens.find((g) => g.numero_processo)?.numero_processo;
  assert.ok(processo, 'a parte gerada tem ao menos um processo numerado');

  const pagina = await novaPagina(navegador);
  await pagina.goto('/busca');
  await pagina.getByLabel('Número do processo', { exact: true }).check();
  await pagina.getByLabel('Número do processo (CNJ)').fill(processo);
  await pagina.keyboard.press('Enter');
  const grupo = pagina.getByRole('region', { name: /^Processo / }).first();
  await grupo.waitFor({ timeout: 60_000 });
  await esperarAte(async () => (await grupo.locator('.cnj').textContent()).replace(/\D/g, '') === processo.replace(/\D/g, ''), {
    descricao: 'grupo do processo buscado',
  });
  assert.equal(await pagina.getByRole('button', { name: `Monitorar esta parte: ${processo}` }).count(), 0);
  assert.deepEqual(pagina.errosJs, []);
});
