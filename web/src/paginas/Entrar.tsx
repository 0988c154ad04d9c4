/** Login: login e senha; depois dele, a página que a pessoa tentava abrir (guardada em ?volta=). */
import { useState, type FormEvent } from 'react';
import { mensagemDeErro } from '../api/cliente';
import { useEntrar } from '../api/sessao';
import { Campo } from '../componentes/Campo';
import { Aviso } from '../componentes/Estados';
import { Titulo } from '../componentes/Titulo';

/** /entrar, com a página atual em ?volta= (a não ser o painel, destino padrão). */
export function enderecoDeEntrada(): string {
  const atual = window.location.pathname + window.location.search;
  return atual === '/' ? '/entrar' : `/entrar?volta=${encodeURIComponent(atual)}`;
}

/** O ?volta= do login, só se for um caminho deste app: um link forjado não leva a outro site. */
export function destinoAposEntrar(): string {
  const volta = new URLSearchParams(window.location.search).get('volta') ?? '';
  const interno = volta.startsWith('/') && !volta.startsWith('//') && !volta.startsWith('/\\');
  return interno && !volta.startsWith('/entrar') ? volta : '/';
}

export function Entrar() {
  const entrar = useEntrar();
  const [login, setLogin] = useState('');
  const [senha, setSenha] = useState('');
  const [faltando, setFaltando] = useState(false);
  const enviar = (evento: FormEvent) => {
    evento.preventDefault();
    if (entrar.isPending) return;
    setFaltando(!login.trim() || !senha);
    if (!login.trim() || !senha) return;
    // O redirecionamento vem de App, quando a sessão nova chega ao cache.
    entrar.mutate({ login: login.trim(), senha }, { onError: () => setSenha('') });
  };
  return (
    <div className="entrar">
      <form className="cartao formulario entrar-cartao" onSubmit={enviar} aria-label="Entrar" noValidate>
        <Titulo>Entrar</Titulo>
        <p className="texto-suave">Use o login e a senha que o administrador do DJe Monitor lhe passou.</p>
        {faltando && <Aviso tipo="erro">Informe o login e a senha.</Aviso>}
        {entrar.isError && !faltando && <Aviso tipo="erro">{mensagemDeErro(entrar.error)}</Aviso>}
        <Campo
          rotulo="Login"
          name="login"
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
        />
        <Campo
          rotulo="Senha"
          name="senha"
          type="password"
          value={senha}
          onChange={(e) => setSenha(e.target.value)}
          autoComplete="current-password"
        />
        <button type="submit" className="botao entrar-botao" disabled={entrar.isPending}>
          {entrar.isPending ? 'Entrando…' : 'Entrar'}
        </button>
      </form>
    </div>
  );
}
