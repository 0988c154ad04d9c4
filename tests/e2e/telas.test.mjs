// Capturas de todas as páginas em 1440 px e 390 px (artefatos/screenshots/) e checagens de layout:
// nada transborda na horizontal e nenhuma página quebra com erro de JavaScript.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { LARGURAS, PASTA_TELAS, abrirNavegador, garantirPastaTelas, garantirPessoa, novaPagina } from './apoio.mjs';

let navegador;
let pessoa;
before(async () => {
  garantirPastaTelas();
  navegador = await abrirNavegador();
  // A pessoa com mais publicações dá a tela de detalhe mais representativa.
  pessoa = await garantirPessoa();
});
after(async () => {
  await navegador?.close();
});

const PAGINAS = [
  { nome: 'painel', caminho: '/', pronto: (p) => p.getByRole('heading', { name: 'Sincronização' }).waitFor() },
  { nome: 'monitorados', caminho: '/monitorados', pronto: (p) => p.locator('table, .estado-vazio').first().waitFor() },
  {
    nome: 'pessoa',
    caminho: () => `/monitorados/${pessoa.id}`,
    pronto: async (p) => {
      await p.locator('.publicacao summary, section[aria-labelledby="titulo-publicacoes"] .estado-vazio').first().waitFor();
      const primeira = p.locator('.publicacao summary').first();
      if (await primeira.count()) {
        await primeira.click();
        await p.locator('.texto-publicacao').first().waitFor();
      }
    },
  },
  {
    nome: 'formulario',
    caminho: '/monitorados/nova',
    pronto: async (p) => {
      await p.getByLabel('Nome da parte').fill('x');
      await p.getByRole('button', { name: 'Cadastrar e verificar' }).click();
      await p.locator('.campo-erro').first().waitFor();
    },
  },
  { nome: 'alertas', caminho: '/alertas?lido=todos', pronto: (p) => p.locator('.lista-alertas, .estado-vazio').first().waitFor() },
  {
    nome: 'busca',
    caminho: () => `/busca?nome=${encodeURIComponent(pessoa.nome)}`,
    pronto: async (p) => {
      await p.locator('.resultado, .estado-vazio').first().waitFor({ timeout: 60_000 });
      const resultado = p.locator('.resultado').first();
      if (await resultado.count()) {
        await resultado.click();
        await p.locator('.painel-detalhe .texto-publicacao').waitFor();
      }
    },
  },
];

for (const [largura, tamanho] of Object.entries(LARGURAS)) {
  for (const tela of PAGINAS) {
    test(`${tela.nome} em ${tamanho.width} px`, async () => {
      const pagina = await novaPagina(navegador, tamanho);
      const caminho = typeof tela.caminho === 'function' ? tela.caminho() : tela.caminho;
      await pagina.goto(caminho);
      await tela.pronto(pagina);
      await pagina.locator('.estado-carregando').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {});
      const transborda = await pagina.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await pagina.screenshot({ path: join(PASTA_TELAS, `${tela.nome}-${tamanho.width}.png`), fullPage: true });
      assert.ok(transborda <= 0, `a página transborda ${transborda} px na horizontal em ${largura}`);
      assert.deepEqual(pagina.errosJs, []);
      await pagina.context().close();
    });
  }
}

test('sem conexão aparece um aviso, não uma página em branco, e ele some ao voltar', async () => {
  const pagina = await novaPagina(navegador, LARGURAS.celular);
  await pagina.goto('/');
  await pagina.getByRole('heading', { name: 'Sincronização' }).waitFor();
  // Simula a API fora do ar: toda chamada a /api e /health falha na rede.
  await pagina.route(/\/(api|health)(\/|$|\?)/, (rota) => rota.abort('connectionrefused'));
  const aviso = pagina.getByText('Sem conexão com o servidor.');
  await aviso.waitFor({ timeout: 30_000 });
  assert.ok(await pagina.getByRole('heading', { name: 'Painel' }).isVisible(), 'o conteúdo continua na tela');
  await pagina.screenshot({ path: join(PASTA_TELAS, 'sem-conexao-390.png'), fullPage: false });
  await pagina.unroute(/\/(api|health)(\/|$|\?)/);
  await aviso.waitFor({ state: 'hidden', timeout: 30_000 });
  assert.deepEqual(pagina.errosJs, []);
  await pagina.context().close();
});
