// Importação de planilha pela página de monitorados: simulação (nada gravado), relatório com erros
// primeiro e filtros, confirmação com o segundo relatório e links para as partes criadas; um arquivo
// que não é planilha mostra a mensagem da API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { URL_APP, abrirNavegador, esperarAte, gerarPlanilha, json, novaPagina } from './apoio.mjs';

let navegador;
const criadas = [];
before(async () => {
  navegador = await abrirNavegador();
});
after(async () => {
  await navegador?.close();
  // As partes criadas saem do banco para não mudar as contagens dos outros testes.
  for (const id of criadas) await json(`${URL_APP}/api/v1/pessoas-monitoradas/${id}`, { method: 'DELETE' }).catch(() => {});
});

const total = async (nome) =>
  (await json(`${URL_APP}/api/v1/pessoas-monitoradas?q=${encodeURIComponent(nome)}`)).total;

async function abrirImportacao(pagina) {
  await pagina.goto('/monitorados');
  await pagina.getByRole('button', { name: 'Importar planilha' }).click();
  await pagina.getByRole('heading', { name: 'Importar planilha' }).waitFor();
}

test('simular, conferir o relatório e confirmar a importação', async () => {
  const sufixo = Date.now().toString(36).toUpperCase();
  const nomes = [`IMPORTADA E2E ${sufixo} PRIMEIRA`, `IMPORTADA E2E ${sufixo} SEGUNDA`];
  const arquivo = gerarPlanilha([
    ['Parte Adversa', 'CPF/CNPJ', 'Nº do Processo', 'Observação interna'],
    [nomes[0], null, null, 'cliente antigo'],
    ['ab', null, null, 'nome curto demais'],
    [nomes[1], null, '0001234-71.2024.8.26.0100', null],
    [`IMPORTADA E2E ${sufixo} DOCUMENTO RUIM`, '123', null, null],
  ]);
  const pagina = await novaPagina(navegador);
  await abrirImportacao(pagina);
  await pagina.getByLabel('Planilha (.xlsx)').setInputFiles(arquivo);
  await pagina.getByRole('button', { name: 'Simular importação' }).click();

  const relatorio = pagina.locator('[data-relatorio="simulado"]');
  await relatorio.getByRole('heading', { name: /Simulação — nada foi gravado/ }).waitFor();
  const resumo = async (acao) => Number((await relatorio.locator(`[data-resumo="${acao}"]`).textContent()).replace(/\D/g, ''));
  assert.equal(await resumo('criar'), 2);
  assert.equal(await resumo('erro'), 2);
  // Colunas reconhecidas e ignoradas, como a API as leu.
  assert.match(await relatorio.textContent(), /Nome da parte: “Parte Adversa”/);
  assert.match(await relatorio.textContent(), /“Observação interna”/);
  // Erros primeiro, na ordem das linhas da planilha.
  const linhas = relatorio.locator('tbody tr');
  assert.equal(await linhas.count(), 4);
  assert.deepEqual(
    await linhas.evaluateAll((trs) => trs.map((tr) => tr.dataset.acao)),
    ['erro', 'erro', 'criar', 'criar'],
  );
  // O filtro por texto acha a linha pelo nome, sem diferenciar acentos e maiúsculas.
  await relatorio.getByLabel('Nome, motivo ou nº da linha').fill(`importada e2e ${sufixo.toLowerCase()} primeira`);
  await esperarAte(async () => (await linhas.count()) === 1, { descricao: 'uma linha filtrada' });
  await relatorio.getByLabel('Nome, motivo ou nº da linha').fill('');
  // Simulação não grava.
  assert.equal(await total(nomes[0]), 0);

  await pagina.getByRole('button', { name: 'Confirmar importação' }).click();
  const gravado = pagina.locator('[data-relatorio="gravado"]');
  await gravado.getByRole('heading', { name: 'Importação gravada' }).waitFor({ timeout: 30_000 });
  assert.match(await gravado.locator('[data-campo="verificacoes"]').textContent(), /enfileiradas: 2 de 2/);
  for (const nome of nomes) assert.equal(await total(nome), 1);
  const { itens } = await json(`${URL_APP}/api/v1/pessoas-monitoradas?q=${encodeURIComponent(`IMPORTADA E2E ${sufixo}`)}`);
  criadas.push(...itens.map((p) => p.id));

  // O nome de uma parte criada leva ao detalhe dela.
  await gravado.getByRole('link', { name: nomes[1] }).click();
  await pagina.waitForURL(/\/monitorados\/\d+$/);
  await pagina.getByRole('heading', { level: 1, name: nomes[1] }).waitFor();
  assert.deepEqual(pagina.errosJs, []);
});

test('um arquivo que não é planilha mostra a mensagem da API em português', async () => {
  const pagina = await novaPagina(navegador);
  await abrirImportacao(pagina);
  await pagina.getByLabel('Planilha (.xlsx)').setInputFiles({
    name: 'nao-e-planilha.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('isto não é uma planilha'),
  });
  await pagina.getByRole('button', { name: 'Simular importação' }).click();
  const erro = pagina.locator('.importacao .aviso-erro');
  await erro.waitFor();
  assert.match(await erro.textContent(), /^Não foi possível ler a planilha\. .*\S/);
  assert.doesNotMatch(await erro.textContent(), /HTTP 422/);
  assert.equal(await pagina.getByRole('button', { name: 'Confirmar importação' }).count(), 0);
  assert.deepEqual(pagina.errosJs, []);
});
