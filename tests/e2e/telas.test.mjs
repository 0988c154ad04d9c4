// Capturas de todas as páginas em 1440 px e 390 px (artefatos/screenshots/) e checagens de layout:
// nada transborda na horizontal e nenhuma página quebra com erro de JavaScript.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { LARGURAS, PASTA_TELAS, URL_APP, USUARIOS, abrirNavegador, entrar, garantirPastaTelas, garantirPessoa, gerarPlanilha, json, novaPagina } from './apoio.mjs';

let navegador;
let pessoa;
let planilha;
let contextoAdmin;
let token;
const canais = [];
before(async () => {
  garantirPastaTelas();
  navegador = await abrirNavegador();
  // A pessoa com mais publicações dá a tela de detalhe mais representativa.
  pessoa = await garantirPessoa();
  // Dois canais (um ativo, um desativado) e uma planilha com linhas de cada ação para as capturas.
  const criar = (corpo) => json(`${URL_APP}/api/v1/canais`, { method: 'POST', corpo });
  canais.push(
    await criar({ tipo: 'webhook', nome: 'Webhook do sistema de cobrança', config: { url: 'http://127.0.0.1:9/dje', segredo: 'segredo-das-capturas-123456' } }),
    await criar({
      tipo: 'email',
      nome: 'E-mail do jurídico',
      ativo: false,
      digest_diario: true,
      config: { host: 'smtp.exemplo.com.br', porta: 587, usuario: 'dje', senha: 'senha-das-capturas', remetente: 'dje@exemplo.com.br', destinatarios: ['juridico@exemplo.com.br', 'cobranca@exemplo.com.br'] },
    }),
  );
  // Um token de API do admin para a lista de tokens (o DJE_API_TOKEN não tem tokens próprios).
  contextoAdmin = await navegador.newContext({ baseURL: URL_APP });
  await entrar(contextoAdmin, USUARIOS.admin);
  const criado = await contextoAdmin.request.post('/api/v1/tokens', {
    data: { nome: 'Integração do ERP do escritório', validade_dias: 90 },
    headers: { Origin: URL_APP },
  });
  token = await criado.json();
  planilha = gerarPlanilha([
    ['Parte Adversa', 'CPF/CNPJ', 'Nº do Processo', 'Data do Prazo', 'Comarca', 'UF', 'Responsável'],
    [pessoa.nome, null, null, null, null, null, 'Ana'],
    ['MARIA DAS GRAÇAS DE OLIVEIRA SANTOS', '529.982.247-25', '0001234-71.2024.8.26.0100', '2027-06-30', 'São Paulo', 'SP', 'Ana'],
    ['COMERCIAL IRMÃOS BARBOSA LTDA', null, '5009876-76.2023.8.13.0024', null, 'Belo Horizonte', 'MG', 'Bruno'],
    ['x', null, null, null, null, null, 'Bruno'],
    ['JOSÉ CARLOS PEREIRA', '111.111.111-11', null, null, null, 'SP', 'Carla'],
  ]);
});
after(async () => {
  if (token?.id) await contextoAdmin.request.delete(`/api/v1/tokens/${token.id}`, { headers: { Origin: URL_APP } });
  await navegador?.close();
  for (const canal of canais) await json(`${URL_APP}/api/v1/canais/${canal.id}`, { method: 'DELETE' }).catch(() => {});
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
    nome: 'importacao',
    caminho: '/monitorados',
    pronto: async (p) => {
      await p.getByRole('button', { name: 'Importar planilha' }).click();
      await p.getByLabel('Planilha (.xlsx)').setInputFiles(planilha);
      await p.getByRole('button', { name: 'Simular importação' }).click();
      await p.locator('[data-relatorio="simulado"] tbody tr').first().waitFor();
    },
  },
  {
    nome: 'oportunidades',
    caminho: '/oportunidades?situacao=todas',
    pronto: (p) => p.locator('.oportunidade, .estado-vazio').first().waitFor(),
  },
  {
    nome: 'padroes',
    caminho: '/oportunidades/padroes',
    pronto: async (p) => {
      await p.locator('tbody tr').first().waitFor();
      await p.getByRole('button', { name: 'Novo padrão' }).click();
      await p.getByLabel('Nome', { exact: true }).fill('Exemplo');
      await p.getByLabel('Expressão').fill('honorários (x');
      await p.getByRole('button', { name: 'Criar padrão' }).click();
      await p.locator('.campo-erro').first().waitFor();
    },
  },
  {
    nome: 'canais',
    caminho: '/canais',
    pronto: async (p) => {
      const cartao = p.locator('article.canal', { hasText: 'Webhook do sistema de cobrança' });
      await cartao.getByRole('button', { name: 'Enviar teste' }).click();
      await cartao.locator('.canal-resultado .aviso').waitFor({ timeout: 30_000 });
    },
  },
  {
    nome: 'canal-novo',
    caminho: '/canais',
    pronto: async (p) => {
      await p.locator('article.canal').first().waitFor();
      await p.getByRole('button', { name: 'Novo canal' }).click();
      await p.getByRole('radio', { name: 'E-mail' }).check();
    },
  },
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
  { nome: 'entrar', caminho: '/entrar', papel: null, pronto: (p) => p.getByLabel('Login', { exact: true }).waitFor() },
  {
    nome: 'usuarios',
    caminho: '/usuarios',
    pronto: async (p) => {
      await p.locator('tbody tr').first().waitFor();
      await p.getByRole('button', { name: 'Novo usuário' }).click();
      await p.getByLabel('Login', { exact: true }).fill('Maiúsculas Não');
      await p.getByRole('button', { name: 'Criar usuário' }).click();
      await p.locator('.campo-erro').first().waitFor();
    },
  },
  {
    nome: 'tokens',
    caminho: '/tokens',
    pronto: async (p) => {
      await p.locator('tbody tr').first().waitFor();
      await p.getByRole('button', { name: 'Novo token' }).click();
    },
  },
  { nome: 'auditoria', caminho: '/auditoria', pronto: (p) => p.locator('tbody tr').first().waitFor() },
];

for (const [largura, tamanho] of Object.entries(LARGURAS)) {
  for (const tela of PAGINAS) {
    test(`${tela.nome} em ${tamanho.width} px`, async () => {
      const pagina = await novaPagina(navegador, tamanho, { papel: tela.papel === undefined ? 'admin' : tela.papel });
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
