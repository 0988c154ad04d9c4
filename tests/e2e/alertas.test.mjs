// Uma publicação nova injetada no simulador vira alerta depois de "Sincronizar agora"; o selo conta
// o alerta sem recarregar a página e marcá-lo como lido o tira da contagem.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { URL_APP, URL_SIMULADOR, abrirNavegador, esperarAte, json, novaPagina, parteLivre } from './apoio.mjs';

let navegador;
before(async () => {
  navegador = await abrirNavegador();
});
after(async () => {
  await navegador?.close();
});

const naoLidosApi = async () => (await json(`${URL_APP}/api/v1/alertas/nao-lidos/count`)).total;

async function lerSelo(pagina) {
  const selo = pagina.locator('[data-selo="nao-lidos"] [aria-hidden="true"]');
  return (await selo.count()) === 0 ? 0 : Number((await selo.textContent()).replace(/\D/g, ''));
}

test('nova publicação → alerta, selo e marcar como lido', async () => {
  const parte = await parteLivre({ pular: 1 });
  const pessoa = await json(`${URL_APP}/api/v1/pessoas-monitoradas`, { method: 'POST', corpo: { nome: parte.nome } });
  await esperarAte(
    async () => (await json(`${URL_APP}/api/v1/pessoas-monitoradas/${pessoa.id}`)).situacao_baseline === 'concluida',
    { descricao: 'baseline concluída' },
  );

  const pagina = await novaPagina(navegador);
  await pagina.goto('/');
  await pagina.getByRole('heading', { name: 'Sincronização' }).waitFor();
  const antes = await naoLidosApi();
  await esperarAte(async () => (await lerSelo(pagina)) === antes, { descricao: `selo em ${antes}` });

  await json(`${URL_SIMULADOR}/_simulador/comunicacoes`, {
    method: 'POST',
    corpo: { quantidade: 1, destinatarios: [parte.nome] },
  });
  await pagina.getByRole('button', { name: 'Sincronizar agora' }).click();
  await pagina.getByText('Sincronização enfileirada').waitFor();

  // A verificação roda no worker: o selo sobe sozinho (sondagem), sem recarregar a página.
  await esperarAte(async () => (await lerSelo(pagina)) >= antes + 1, { prazoMs: 90_000, descricao: 'selo contar o alerta novo' });
  const ultimos = pagina.locator('#titulo-ultimos').locator('xpath=../..');
  await ultimos.getByRole('link', { name: parte.nome }).first().waitFor({ timeout: 30_000 });

  await pagina.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: /Alertas/ }).click();
  await pagina.getByLabel('Pessoa').selectOption({ label: parte.nome });
  const item = pagina.locator('.alerta', { hasText: parte.nome });
  await esperarAte(async () => (await item.count()) === 1, { descricao: 'um alerta da pessoa na lista' });
  assert.match(await item.textContent(), /Nova publicação/);
  assert.match(await item.locator('.cnj').textContent(), /^\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}$/);

  const comAlerta = await lerSelo(pagina);
  await item.getByRole('button', { name: 'Marcar como lido' }).click();
  // Na vista padrão (não lidos) o alerta some; o selo desce junto, também sem recarregar.
  await esperarAte(async () => (await item.count()) === 0, { descricao: 'alerta sair da lista de não lidos' });
  await esperarAte(async () => (await lerSelo(pagina)) === comAlerta - 1 || (await lerSelo(pagina)) === (await naoLidosApi()), {
    descricao: 'selo descontar o alerta lido',
  });
  const alertas = await json(`${URL_APP}/api/v1/alertas?pessoa_id=${pessoa.id}`);
  assert.equal(alertas.itens.length, 1);
  assert.equal(alertas.itens[0].lido, true);
  assert.deepEqual(pagina.errosJs, []);
});
