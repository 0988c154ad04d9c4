// Teclado e rótulos: todo controle tem nome acessível e a navegação principal funciona sem mouse.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { URL_APP, abrirNavegador, garantirPessoa, json, novaPagina } from './apoio.mjs';

let navegador;
before(async () => {
  navegador = await abrirNavegador();
});
after(async () => {
  await navegador?.close();
});

/** Controles visíveis sem nome acessível (rótulo, aria-label ou texto), descritos para a mensagem. */
function semRotulo() {
  const nome = (el) =>
    el.getAttribute('aria-label') ||
    el.getAttribute('aria-labelledby') ||
    (el.labels && [...el.labels].map((l) => l.textContent).join('').trim()) ||
    (el.tagName === 'BUTTON' || el.tagName === 'A' ? el.textContent.trim() : '');
  return [...document.querySelectorAll('input, select, textarea, button, a[href]')]
    .filter((el) => el.offsetParent !== null && !nome(el))
    .map((el) => el.outerHTML.slice(0, 120));
}

test('todo controle de todas as páginas tem rótulo', async () => {
  const pessoa = await garantirPessoa();
  const caminhos = ['/', '/monitorados', '/monitorados/nova', '/alertas?lido=todos', '/busca'];
  caminhos.push('/oportunidades', '/oportunidades/padroes', '/canais', '/tokens', '/usuarios', '/auditoria');
  caminhos.push(`/monitorados/${pessoa.id}`, `/monitorados/${pessoa.id}/editar`);
  const pagina = await novaPagina(navegador);
  for (const caminho of caminhos) {
    await pagina.goto(caminho);
    await pagina.locator('main h1').waitFor();
    await pagina.waitForLoadState('networkidle').catch(() => {});
    assert.deepEqual(await pagina.evaluate(semRotulo), [], `controles sem rótulo em ${caminho}`);
  }
  assert.deepEqual(pagina.errosJs, []);
});

test('navegação pelo teclado: pular para o conteúdo e trocar de página com foco no título', async () => {
  const pagina = await novaPagina(navegador);
  await pagina.goto('/');
  await pagina.locator('main h1').waitFor();
  await pagina.keyboard.press('Tab');
  assert.equal(await pagina.evaluate(() => document.activeElement.textContent), 'Pular para o conteúdo');
  // Marca, Painel, Monitorados.
  for (let i = 0; i < 3; i += 1) await pagina.keyboard.press('Tab');
  assert.equal(await pagina.evaluate(() => document.activeElement.textContent), 'Monitorados');
  await pagina.keyboard.press('Enter');
  await pagina.waitForURL(/\/monitorados$/);
  await pagina.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await pagina.evaluate(() => document.activeElement.textContent), 'Monitorados');
  assert.equal(await pagina.evaluate(() => document.title), 'Monitorados · DJe Monitor');
  assert.deepEqual(pagina.errosJs, []);
});

test('remover pede confirmação num diálogo que o Esc fecha', async () => {
  const pessoa = await garantirPessoa();
  const pagina = await novaPagina(navegador);
  await pagina.goto(`/monitorados/${pessoa.id}`);
  await pagina.getByRole('button', { name: 'Remover' }).click();
  const dialogo = pagina.getByRole('dialog', { name: 'Remover esta pessoa?' });
  await dialogo.waitFor();
  assert.equal(await pagina.evaluate(() => document.activeElement.textContent), 'Cancelar');
  await pagina.keyboard.press('Escape');
  await dialogo.waitFor({ state: 'hidden' });
  // Nada foi removido.
  await json(`${URL_APP}/api/v1/pessoas-monitoradas/${pessoa.id}`);
  assert.deepEqual(pagina.errosJs, []);
});
