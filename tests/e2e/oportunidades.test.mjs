// Oportunidades de crédito: uma publicação com "expedição de alvará de levantamento" de uma parte
// monitorada aparece na lista depois de "Varrer agora"; um padrão com expressão inválida mostra o
// erro da API junto do campo, e um válido entra na tabela e pode ser excluído.
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

const TEXTO =
  'Vistos. Defiro o pedido da parte credora e determino a expedição de alvará de levantamento do valor ' +
  'depositado nos autos, com as cautelas de praxe. Intimem-se.';

test('publicação com alvará de levantamento vira oportunidade depois de "Varrer agora"', async () => {
  const parte = await parteLivre();
  const pessoa = await json(`${URL_APP}/api/v1/pessoas-monitoradas`, { method: 'POST', corpo: { nome: parte.nome } });
  const baseline = await esperarAte(async () => {
    const atual = await json(`${URL_APP}/api/v1/pessoas-monitoradas/${pessoa.id}`);
    return atual.situacao_baseline === 'concluida' && atual;
  }, { descricao: 'baseline concluída' });

  await json(`${URL_SIMULADOR}/_simulador/comunicacoes`, {
    method: 'POST',
    corpo: { quantidade: 1, destinatarios: [parte.nome], texto: TEXTO },
  });
  await json(`${URL_APP}/api/sync/forcar?todas=true`, { method: 'POST' });
  await esperarAte(
    async () => (await json(`${URL_APP}/api/v1/pessoas-monitoradas/${pessoa.id}`)).total_publicacoes > baseline.total_publicacoes,
    { prazoMs: 90_000, descricao: 'a publicação nova ser gravada' },
  );

  const pagina = await novaPagina(navegador);
  await pagina.goto('/oportunidades');
  await pagina.getByRole('heading', { level: 1, name: 'Oportunidades' }).waitFor();
  await pagina.getByRole('button', { name: 'Varrer agora' }).click();
  await pagina.getByText('Varredura de oportunidades enfileirada').waitFor();
  // A varredura roda no worker; a página consulta de novo a cada 2 s depois do clique.
  const item = pagina.locator('.oportunidade', { hasText: parte.nome });
  await item.first().waitFor({ timeout: 60_000 });
  assert.match(await item.first().locator('.oportunidade-trecho').textContent(), /alvará de levantamento/i);
  assert.match(await item.first().textContent(), /Alvará ou mandado de levantamento/);
  assert.match(await item.first().textContent(), /Ativa/);

  // "Só desta parte" filtra pela pessoa e o filtro fica na URL.
  await item.first().getByRole('link', { name: 'Só desta parte' }).click();
  await pagina.waitForURL(new RegExp(`pessoa=${pessoa.id}`));
  await pagina.getByText(`Só de ${parte.nome}`).waitFor();
  assert.equal(await pagina.locator('.oportunidade').count(), await item.count());
  assert.deepEqual(pagina.errosJs, []);
});

test('padrões: erro de expressão junto do campo, criar e excluir', async () => {
  const nome = `Padrão e2e ${Date.now().toString(36)}`;
  const pagina = await novaPagina(navegador);
  await pagina.goto('/oportunidades/padroes');
  await pagina.getByRole('heading', { level: 1, name: 'Padrões de oportunidade' }).waitFor();
  await pagina.locator('tbody tr').first().waitFor();

  await pagina.getByRole('button', { name: 'Novo padrão' }).click();
  await pagina.getByLabel('Nome', { exact: true }).fill(nome);
  const expressao = pagina.getByLabel('Expressão');
  await expressao.fill('honorários (sucumbenciais');
  await pagina.getByRole('button', { name: 'Criar padrão' }).click();
  await esperarAte(async () => (await expressao.getAttribute('aria-invalid')) === 'true', { descricao: 'expressão inválida' });
  // A mensagem (pt-BR, da API) está ligada ao campo por aria-describedby.
  const mensagem = await expressao.evaluate((el) =>
    el.getAttribute('aria-describedby').split(' ').filter((id) => id.endsWith('-erro')).map((id) => document.getElementById(id)?.textContent).join(' '),
  );
  assert.match(mensagem, /\(|parêntese|use palavras/i, `mensagem da API junto do campo: ${mensagem}`);

  await expressao.fill('honorários* sucumbenciais | honorários de sucumbência');
  await pagina.getByRole('button', { name: 'Criar padrão' }).click();
  const linha = pagina.locator('tbody tr', { hasText: nome });
  await linha.waitFor();
  assert.match(await linha.textContent(), /Positivo/);

  await linha.getByRole('button', { name: `Excluir ${nome}` }).click();
  const dialogo = pagina.getByRole('dialog', { name: 'Excluir este padrão?' });
  await dialogo.getByRole('button', { name: 'Excluir' }).click();
  await linha.waitFor({ state: 'detached' });
  assert.deepEqual(pagina.errosJs, []);
});
