// Cadastro de uma parte: a baseline aparece no detalhe; erros de validação aparecem junto do campo.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { abrirNavegador, esperarAte, novaPagina, parteLivre } from './apoio.mjs';

let navegador;
before(async () => {
  navegador = await abrirNavegador();
});
after(async () => {
  await navegador?.close();
});

test('adicionar uma parte mostra a contagem da baseline', async () => {
  const parte = await parteLivre({ minimoComunicacoes: 2 });
  const pagina = await novaPagina(navegador);
  await pagina.goto('/monitorados');
  await pagina.getByRole('link', { name: 'Adicionar parte' }).click();
  await pagina.getByLabel('Nome da parte').fill(parte.nome);
  await pagina.getByRole('button', { name: 'Cadastrar e verificar' }).click();

  await pagina.waitForURL(/\/monitorados\/\d+$/);
  await pagina.getByRole('heading', { level: 1, name: parte.nome }).waitFor();
  // A baseline roda no worker: o detalhe se atualiza sozinho até concluir.
  await pagina.getByText('Baseline concluída').waitFor({ timeout: 60_000 });
  const total = pagina.locator('[data-campo="total-publicacoes"]');
  await esperarAte(async () => (await total.textContent()) === String(parte.comunicacoes), {
    descricao: `${parte.comunicacoes} publicações na baseline`,
  });
  // A lista se renova sozinha quando a baseline termina, com as publicações marcadas como histórico.
  await pagina.getByText('Histórico (baseline)').first().waitFor({ timeout: 30_000 });
  // Baseline não gera alerta.
  assert.equal((await pagina.locator('dt:has-text("Alertas não lidos") + dd').textContent()).trim(), '0');
  assert.deepEqual(pagina.errosJs, []);
});

test('um erro de validação da API aparece ao lado do campo', async () => {
  const pagina = await novaPagina(navegador);
  await pagina.goto('/monitorados/nova');
  await pagina.getByLabel('Nome da parte').fill('ab');
  await pagina.getByLabel('CPF ou CNPJ (opcional)').fill('123');
  await pagina.getByRole('button', { name: 'Cadastrar e verificar' }).click();

  const nome = pagina.getByLabel('Nome da parte');
  await esperarAte(async () => (await nome.getAttribute('aria-invalid')) === 'true', { descricao: 'nome inválido' });
  // A mensagem vem da API (pt-BR) e está ligada ao campo por aria-describedby.
  const descricao = await nome.evaluate((el) =>
    el.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '),
  );
  assert.match(descricao, /deve ter entre 3 e 300 caracteres/);
  const documento = pagina.getByLabel('CPF ou CNPJ (opcional)');
  assert.equal(await documento.getAttribute('aria-invalid'), 'true');
  await pagina.getByText('Corrija os campos indicados.').waitFor();
  assert.match(pagina.url(), /\/monitorados\/nova$/);
  assert.deepEqual(pagina.errosJs, []);
});
