// Acesso: login e "Sair" pela página, sessão que sobrevive ao recarregar, papéis na interface e na API,
// e as páginas de administração (usuários, tokens de API, auditoria) de ponta a ponta.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { PASTA_TELAS, SENHA, URL_APP, USUARIOS, abrirNavegador, esperarAte, garantirPastaTelas, garantirPessoa, novaPagina } from './apoio.mjs';

const SO_CONSULTA = 'Seu papel (leitor) só permite consulta';
// O começo do detail da API para login ou senha errados (o resto pode ganhar uma dica).
const INCORRETOS = /^Login ou senha incorretos/;
const sufixo = Date.now().toString(36);
// O usuário que o teste de Usuários cria; a auditoria o procura depois.
const novo = { login: `novo-${sufixo}`, nome: `Pessoa Nova ${sufixo}`, senha: `senha-nova-${sufixo}-segura` };

let navegador;
before(async () => {
  garantirPastaTelas();
  navegador = await abrirNavegador();
});
after(async () => {
  await navegador?.close();
});

/** Preenche e envia o formulário de login (Enter no campo da senha, como quem digita). */
async function preencherLogin(pagina, login, senha) {
  await pagina.getByLabel('Login', { exact: true }).fill(login);
  await pagina.getByLabel('Senha', { exact: true }).fill(senha);
  await pagina.getByLabel('Senha', { exact: true }).press('Enter');
}

const statusDe = (pagina, caminho, metodo = 'GET') =>
  pagina.evaluate(
    async ([c, m]) => {
      const resposta = await fetch(c, { method: m });
      const corpo = await resposta.json().catch(() => ({}));
      return { status: resposta.status, detail: corpo.detail };
    },
    [caminho, metodo],
  );

test('login errado mostra a mensagem da API em português e fica na página de login', async () => {
  const pagina = await novaPagina(navegador, undefined, { papel: null });
  await pagina.goto('/alertas');
  await pagina.waitForURL(/\/entrar\?volta=%2Falertas$/);
  await preencherLogin(pagina, `ninguem-${sufixo}`, 'senha-qualquer-123');
  await pagina.getByRole('alert').getByText(INCORRETOS).waitFor();
  assert.match(pagina.url(), /\/entrar\?volta=/);
  assert.equal(await pagina.getByLabel('Senha').inputValue(), '', 'a senha recusada é apagada');
  assert.deepEqual(pagina.errosJs, []);
  await pagina.context().close();
});

test('admin entra, volta à página pedida, recarregar mantém a sessão e "Sair" a encerra na API', async () => {
  const pagina = await novaPagina(navegador, undefined, { papel: null });
  await pagina.goto('/alertas?lido=todos');
  await pagina.waitForURL(/\/entrar\?volta=/);
  await preencherLogin(pagina, USUARIOS.admin, SENHA);
  await pagina.waitForURL(/\/alertas\?lido=todos$/);
  await pagina.getByRole('heading', { level: 1, name: 'Alertas' }).waitFor();
  const cabecalho = pagina.locator('header');
  await cabecalho.getByText('Admin E2E').waitFor();
  await cabecalho.getByText('Administrador').waitFor();

  await pagina.reload();
  await pagina.getByRole('heading', { level: 1, name: 'Alertas' }).waitFor();
  assert.match(pagina.url(), /\/alertas\?lido=todos$/);
  const [cookie] = (await pagina.context().cookies()).filter((c) => c.name === 'dje_sessao');
  assert.ok(cookie?.httpOnly, 'o cookie da sessão é HttpOnly');
  assert.equal(cookie.sameSite, 'Strict');

  await cabecalho.getByRole('button', { name: 'Sair' }).click();
  await pagina.waitForURL(/\/entrar$/);
  await pagina.getByLabel('Login').waitFor();
  assert.equal((await statusDe(pagina, '/api/auth/eu')).status, 401);
  // O cookie antigo também morreu no servidor: reenviado à mão, continua recusado.
  const antigo = await pagina.context().request.get('/api/auth/eu', { headers: { Cookie: `dje_sessao=${cookie.value}` } });
  assert.equal(antigo.status(), 401);
  assert.deepEqual(pagina.errosJs, []);
  await pagina.context().close();
});

test('leitor vê os controles de alteração desativados, e a API recusa com 403 o que ele forçar', async () => {
  const pessoa = await garantirPessoa();
  const pagina = await novaPagina(navegador, undefined, { papel: 'leitor' });
  const bloqueados = {
    '/': ['Sincronizar agora'],
    '/monitorados': ['Importar planilha', 'Adicionar parte'],
    [`/monitorados/${pessoa.id}`]: ['Verificar agora', 'Pausar', 'Editar', 'Remover'],
    '/alertas?lido=todos': ['Marcar todos como lidos'],
    '/oportunidades': ['Varrer agora'],
    '/oportunidades/padroes': ['Novo padrão'],
    '/canais': ['Novo canal'],
  };
  for (const [caminho, nomes] of Object.entries(bloqueados)) {
    await pagina.goto(caminho);
    await pagina.locator('main h1').waitFor();
    for (const nome of nomes) {
      const botao = pagina.locator('main').getByRole('button', { name: nome, exact: true });
      await botao.first().waitFor();
      assert.ok(await botao.first().isDisabled(), `"${nome}" desativado em ${caminho}`);
      assert.equal(await botao.first().getAttribute('title'), SO_CONSULTA);
    }
    // Nenhum link leva a um formulário de alteração.
    assert.equal(await pagina.locator('main a[href$="/editar"], main a[href="/monitorados/nova"]').count(), 0, caminho);
  }
  await pagina.locator('header').getByText('Leitor', { exact: true }).waitFor();
  assert.equal(await pagina.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Usuários' }).count(), 0);
  await pagina.goto('/usuarios');
  await pagina.getByRole('heading', { name: 'Acesso restrito' }).waitFor();

  // Forçada pela própria página (mesma origem, com o cookie), a alteração esbarra na API.
  const forcada = await statusDe(pagina, '/api/sync/forcar', 'POST');
  assert.equal(forcada.status, 403);
  assert.match(forcada.detail, /papel/);
  assert.equal((await statusDe(pagina, `/api/v1/pessoas-monitoradas/${pessoa.id}`, 'DELETE')).status, 403);

  // Se a interface se enganar sobre o papel, o 403 da API aparece com o detail, sem quebrar a página.
  await pagina.route('**/api/auth/eu', async (rota) => {
    const resposta = await rota.fetch();
    await rota.fulfill({ response: resposta, json: { ...(await resposta.json()), papel: 'operador' } });
  });
  await pagina.goto('/');
  await pagina.getByRole('button', { name: 'Sincronizar agora' }).click();
  await pagina.getByRole('alert').getByText(forcada.detail).waitFor();
  assert.deepEqual(pagina.errosJs, []);
  await pagina.context().close();
});

test('operador altera, mas não vê nem usa as páginas de administração', async () => {
  const pagina = await novaPagina(navegador, undefined, { papel: 'operador' });
  await pagina.goto('/monitorados');
  await pagina.locator('header').getByText('Operador', { exact: true }).waitFor();
  assert.ok(await pagina.getByRole('link', { name: 'Adicionar parte' }).isVisible());
  assert.ok(await pagina.getByRole('button', { name: 'Importar planilha' }).isEnabled());
  const principal = pagina.getByRole('navigation', { name: 'Principal' });
  assert.equal(await principal.getByRole('link', { name: 'Usuários' }).count(), 0);
  assert.equal(await principal.getByRole('link', { name: 'Auditoria' }).count(), 0);
  await pagina.goto('/auditoria');
  await pagina.getByRole('heading', { name: 'Acesso restrito' }).waitFor();
  const usuarios = await statusDe(pagina, '/api/v1/usuarios');
  assert.equal(usuarios.status, 403);
  assert.equal((await statusDe(pagina, '/api/v1/auditoria')).status, 403);
  assert.deepEqual(pagina.errosJs, []);
  await pagina.context().close();
});

test('o administrador cria um usuário na página Usuários, que entra com a senha dada', async () => {
  const admin = await novaPagina(navegador);
  await admin.goto('/usuarios');
  await admin.getByRole('button', { name: 'Novo usuário' }).click();
  await admin.getByLabel('Login', { exact: true }).fill(novo.login);
  await admin.getByLabel('Nome', { exact: true }).fill(novo.nome);
  await admin.getByLabel('Senha inicial').fill('curta');
  await admin.getByRole('button', { name: 'Criar usuário' }).click();
  // A regra da senha vem da API, ao lado do campo.
  const senha = admin.getByLabel('Senha inicial');
  const erroSenha = admin.locator('.campo-invalido', { has: senha }).locator('.campo-erro');
  await erroSenha.waitFor();
  assert.match(await erroSenha.textContent(), /10/);
  assert.equal(await senha.getAttribute('aria-invalid'), 'true');
  await senha.fill(novo.senha);
  await admin.getByLabel('Papel', { exact: true }).selectOption('operador');
  await admin.getByRole('button', { name: 'Criar usuário' }).click();
  await admin.getByText(`Usuário “${novo.login}” criado como operador.`).waitFor();
  const linha = admin.locator(`tr[data-usuario="${novo.login}"]`);
  await linha.getByText(novo.nome).waitFor();

  const pessoa = await novaPagina(navegador, undefined, { papel: null });
  await pessoa.goto('/');
  await pessoa.waitForURL(/\/entrar$/);
  await preencherLogin(pessoa, novo.login, 'outra-senha-qualquer');
  await pessoa.getByText(INCORRETOS).waitFor();
  await preencherLogin(pessoa, novo.login, novo.senha);
  await pessoa.getByRole('heading', { level: 1, name: 'Painel' }).waitFor();
  await pessoa.locator('header').getByText(novo.nome).waitFor();
  await pessoa.locator('header').getByText('Operador').waitFor();
  await pessoa.getByRole('link', { name: 'Monitorados' }).click();
  await pessoa.getByRole('heading', { level: 1, name: 'Monitorados' }).waitFor();

  // Uma senha nova, dada pelo administrador, encerra o login aberto: a próxima consulta da página (a
  // lista se atualiza sozinha) recebe 401 e leva ao login, lembrando a página; a senha nova volta a ela.
  await linha.getByRole('button', { name: `Redefinir a senha de ${novo.nome}` }).click();
  const dialogo = admin.getByRole('dialog', { name: `Redefinir a senha de ${novo.nome}` });
  await dialogo.getByLabel('Nova senha').fill(`${novo.senha}-2`);
  await dialogo.getByLabel('Nova senha').press('Enter');
  await admin.getByText(`Senha de ${novo.nome} redefinida`).waitFor();
  await pessoa.waitForURL(/\/entrar\?volta=%2Fmonitorados$/, { timeout: 30_000 });
  await preencherLogin(pessoa, novo.login, `${novo.senha}-2`);
  await pessoa.waitForURL(/\/monitorados$/);
  await pessoa.getByRole('heading', { level: 1, name: 'Monitorados' }).waitFor();

  // Desativado, ele também cai no login, e de lá não passa mais.
  await linha.getByRole('button', { name: `Desativar ${novo.nome}` }).click();
  await admin.getByRole('dialog', { name: 'Desativar este usuário?' }).getByRole('button', { name: 'Desativar' }).click();
  await linha.getByText('Desativado').waitFor();
  await pessoa.waitForURL(/\/entrar\?volta=%2Fmonitorados$/, { timeout: 30_000 });
  await preencherLogin(pessoa, novo.login, `${novo.senha}-2`);
  await pessoa.getByText(INCORRETOS).waitFor();
  assert.deepEqual(admin.errosJs, []);
  assert.deepEqual(pessoa.errosJs, []);
  await pessoa.context().close();
  await admin.context().close();
});

test('um token criado em "Tokens de API" vale como Bearer até ser revogado', async () => {
  const pagina = await novaPagina(navegador);
  await pagina.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: URL_APP });
  await pagina.goto('/');
  await pagina.locator('header').getByRole('link', { name: 'Tokens de API' }).click();
  await pagina.getByRole('heading', { level: 1, name: 'Tokens de API' }).waitFor();
  await pagina.getByRole('button', { name: 'Novo token' }).click();
  const nome = `Integração E2E ${sufixo}`;
  await pagina.getByLabel('Nome do token').fill(nome);
  await pagina.getByLabel('Validade').selectOption({ label: '30 dias' });
  await pagina.getByRole('button', { name: 'Criar token' }).click();
  const segredo = await pagina.getByLabel('Token', { exact: true }).inputValue();
  assert.ok(segredo.length >= 20, 'o token inteiro aparece uma vez');
  await pagina.getByText('não será mostrado de novo').waitFor();
  await pagina.getByRole('button', { name: 'Copiar' }).click();
  await pagina.getByRole('button', { name: 'Copiado ✓' }).waitFor();
  assert.equal(await pagina.evaluate(() => navigator.clipboard.readText()), segredo);
  await pagina.screenshot({ path: join(PASTA_TELAS, 'token-criado-1440.png'), fullPage: true });

  const eu = (token) => fetch(`${URL_APP}/api/auth/eu`, { headers: { Authorization: `Bearer ${token}` } });
  const resposta = await eu(segredo);
  assert.equal(resposta.status, 200);
  assert.equal((await resposta.json()).login, USUARIOS.admin);

  await pagina.getByRole('button', { name: 'Já copiei, fechar' }).click();
  assert.equal(await pagina.getByLabel('Token', { exact: true }).count(), 0, 'fechado, o segredo some da tela');
  await pagina.getByRole('button', { name: `Revogar ${nome}` }).click();
  await pagina.getByRole('dialog', { name: 'Revogar este token?' }).getByRole('button', { name: 'Revogar' }).click();
  await pagina.getByText(`Token “${nome}” revogado.`).waitFor();
  await pagina.locator('tbody tr', { hasText: nome }).waitFor({ state: 'detached' });
  assert.equal((await eu(segredo)).status, 401);
  assert.deepEqual(pagina.errosJs, []);
  await pagina.context().close();
});

test('a Auditoria lista a criação do usuário, com data e hora de Brasília', async () => {
  const pagina = await novaPagina(navegador);
  await pagina.goto('/auditoria');
  await pagina.getByLabel('Ação', { exact: true }).selectOption({ label: 'Criação' });
  await pagina.getByLabel('Recurso', { exact: true }).selectOption({ label: 'Usuários' });
  await pagina.waitForURL(/acao=CRIAR/);
  assert.match(pagina.url(), /recurso=usuario/);
  // O resumo da criação leva o papel; o filtro esconde a desativação do mesmo usuário, feita depois.
  const linha = pagina.locator('tbody tr', { hasText: `usuário ${novo.login} (operador)` });
  await linha.waitFor();
  await esperarAte(async () => (await pagina.locator('tbody tr', { hasText: 'Alteração' }).count()) === 0, {
    descricao: 'só criações de usuários na lista',
    prazoMs: 10_000,
  });
  assert.equal((await linha.locator('td[data-rotulo="Quem"]').textContent()).trim(), USUARIOS.admin);
  assert.match(await linha.locator('th[data-rotulo="Quando"]').textContent(), /^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/);
  assert.deepEqual(pagina.errosJs, []);
  await pagina.context().close();
});
