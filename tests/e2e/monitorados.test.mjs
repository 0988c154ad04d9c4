// Cadastro de uma parte: a baseline aparece no detalhe; erros de validação aparecem junto do campo;
// uma parte expirada aparece como tal na lista, no filtro de inativas e no detalhe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { URL_APP, abrirNavegador, esperarAte, json, novaPagina, parteLivre, psql } from './apoio.mjs';

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

test('uma parte expirada aparece como expirada na lista, no filtro de expiradas e no detalhe', async () => {
  const nome = `EXPIRADA E2E ${Date.now().toString(36).toUpperCase()}`;
  const pessoa = await json(`${URL_APP}/api/v1/pessoas-monitoradas`, { method: 'POST', corpo: { nome } });
  try {
    // A API não aceita uma data já passada; o banco faz o papel do tempo e da tarefa diária de expiração.
    const data = psql(
      `UPDATE pessoas_monitoradas SET data_expiracao = current_date - 2, ativo = false WHERE id = ${pessoa.id}
       RETURNING to_char(data_expiracao, 'DD/MM/YYYY')`,
    );
    const pagina = await novaPagina(navegador);
    await pagina.goto(`/monitorados?q=${encodeURIComponent(nome)}`);
    const linha = pagina.locator('tbody tr', { hasText: nome });
    await linha.waitFor();
    await linha.getByText('Expirada', { exact: true }).waitFor();
    assert.equal((await linha.locator('td[data-rotulo="Expira em"]').textContent()).trim(), data);
    assert.equal((await linha.locator('td[data-rotulo="Próxima"]').textContent()).trim(), 'expirada');

    await pagina.getByLabel('Situação').selectOption({ label: 'Expiradas' });
    await pagina.waitForURL(/situacao=expiradas/);
    await linha.waitFor();
    // Pausada pela expiração, não à mão: não aparece entre as pausadas nem entre as ativas.
    await pagina.getByLabel('Situação').selectOption({ label: 'Pausadas' });
    await linha.waitFor({ state: 'detached' });
    await pagina.getByLabel('Situação').selectOption({ label: 'Expiradas' });
    await linha.waitFor();
    await pagina.getByLabel('Situação').selectOption({ label: 'Ativas' });
    await linha.waitFor({ state: 'detached' });

    await pagina.goto(`/monitorados/${pessoa.id}`);
    await pagina.getByText(`Monitoramento expirado em ${data}`).waitFor();
    assert.equal((await pagina.locator('[data-campo="expira-em"]').textContent()).trim(), data);
    assert.deepEqual(pagina.errosJs, []);
  } finally {
    await json(`${URL_APP}/api/v1/pessoas-monitoradas/${pessoa.id}`, { method: 'DELETE' });
  }
});
