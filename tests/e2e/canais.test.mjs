// Canais de notificação: criar um webhook (com o erro de validação junto do campo), "Enviar teste"
// para um endereço sem ninguém escutando mostra a falha em português, editar sem reenviar o segredo
// o mantém, desativar/reativar e remover.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { URL_APP, abrirNavegador, esperarAte, json, novaPagina } from './apoio.mjs';

let navegador;
before(async () => {
  navegador = await abrirNavegador();
});
after(async () => {
  await navegador?.close();
});

// Porta 9 (discard) em 127.0.0.1: ninguém escuta, a conexão é recusada na hora.
const URL_SEM_RECEPTOR = 'http://127.0.0.1:9/dje-webhook';
const SEGREDO = 'segredo-do-teste-e2e-0123456789';

test('webhook: criar, enviar teste com erro, editar mantendo o segredo, desativar e remover', async () => {
  const nome = `Webhook e2e ${Date.now().toString(36)}`;
  const pagina = await novaPagina(navegador);
  await pagina.goto('/canais');
  await pagina.getByRole('heading', { level: 1, name: 'Canais de notificação' }).waitFor();

  await pagina.getByRole('button', { name: 'Novo canal' }).click();
  await pagina.getByRole('radio', { name: 'Webhook' }).check();
  await pagina.getByLabel('Nome do canal').fill(nome);
  await pagina.getByLabel('URL').fill(URL_SEM_RECEPTOR);
  const segredo = pagina.getByLabel('Segredo');
  await segredo.fill('curto');
  await pagina.getByRole('button', { name: 'Criar canal' }).click();
  // O erro do campo de config chega da API e fica junto do campo.
  await esperarAte(async () => (await segredo.getAttribute('aria-invalid')) === 'true', { descricao: 'segredo inválido' });
  assert.match(await pagina.locator('.campo-invalido .campo-erro').first().textContent(), /16/);

  await segredo.fill(SEGREDO);
  await pagina.getByRole('button', { name: 'Criar canal' }).click();
  const cartao = pagina.locator('article.canal', { hasText: nome });
  await cartao.waitFor();
  assert.match(await cartao.textContent(), /Ativo/);
  // O segredo nunca volta inteiro: só a máscara com os últimos caracteres.
  assert.doesNotMatch(await cartao.textContent(), new RegExp(SEGREDO));

  await cartao.getByRole('button', { name: 'Enviar teste' }).click();
  const resultado = cartao.locator('.canal-resultado .aviso-erro');
  await resultado.waitFor({ timeout: 30_000 });
  assert.match(await resultado.textContent(), /^O teste falhou: .*(conexão|respondeu|não)/);

  // Editar o nome sem tocar no segredo: ele é mantido.
  await cartao.getByRole('button', { name: 'Editar' }).click();
  const formulario = pagina.locator('form', { hasText: `Editar “${nome}”` });
  await formulario.getByLabel('Nome do canal').fill(`${nome} editado`);
  await formulario.getByRole('button', { name: 'Salvar alterações' }).click();
  const editado = pagina.locator('article.canal', { hasText: `${nome} editado` });
  await editado.waitFor();
  const id = Number(await editado.getAttribute('data-canal'));
  const salvo = await json(`${URL_APP}/api/v1/canais/${id}`);
  assert.equal(salvo.config.segredo.slice(-4), SEGREDO.slice(-4));
  assert.equal(salvo.config.url, URL_SEM_RECEPTOR);

  await editado.getByRole('button', { name: 'Desativar' }).click();
  await editado.getByRole('button', { name: 'Reativar' }).waitFor();
  assert.match(await editado.textContent(), /Desativado/);
  await editado.getByRole('button', { name: 'Reativar' }).click();
  await editado.getByRole('button', { name: 'Desativar' }).waitFor();

  await editado.getByRole('button', { name: 'Remover' }).click();
  await pagina.getByRole('dialog', { name: 'Remover este canal?' }).getByRole('button', { name: 'Remover' }).click();
  await editado.waitFor({ state: 'detached' });
  assert.deepEqual(pagina.errosJs, []);
});
