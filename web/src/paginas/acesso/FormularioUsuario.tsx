/** Criar um usuário: login, nome, senha inicial e papel; a validação é a da API, ao lado de cada campo. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErroApi, mensagemDeErro } from '../../api/cliente';
import { useCriarUsuario, type Usuario } from '../../api/acesso';
import { PAPEIS, type Papel } from '../../api/sessao';
import { Campo } from '../../componentes/Campo';
import { AcoesFormulario } from '../../componentes/AcoesFormulario';

export const AJUDA_PAPEIS: Record<Papel, string> = {
  leitor: 'só consulta',
  operador: 'consulta e altera partes, alertas, canais, padrões, importação',
  admin: 'tudo, inclusive usuários e auditoria',
};

export function FormularioUsuario({ aoTerminar }: { aoTerminar: (criado: Usuario | null) => void }) {
  const salvar = useCriarUsuario();
  const idPapel = useId();
  const formulario = useRef<HTMLFormElement>(null);
  const [valores, setValores] = useState({ login: '', nome: '', senha: '' });
  const [papel, setPapel] = useState<Papel>('leitor');
  const erro = salvar.error;
  const porCampo: Record<string, string> = {};
  if (erro instanceof ErroApi) {
    for (const e of erro.erros) if (e.campo) porCampo[e.campo] = porCampo[e.campo] ? `${porCampo[e.campo]}; ${e.mensagem}` : e.mensagem;
    // Login repetido (409) é um erro do campo login, não do formulário.
    if (erro.status === 409) porCampo.login = erro.detalhe;
  }
  const conhecidos = ['login', 'nome', 'senha', 'papel'];
  const gerais = erro instanceof ErroApi ? erro.erros.filter((e) => !e.campo || !conhecidos.includes(e.campo)).map((e) => e.mensagem) : [];

  useEffect(() => {
    if (erro) formulario.current?.querySelector<HTMLElement>('[aria-invalid="true"], .aviso')?.focus();
  }, [erro]);

  const enviar = (evento: FormEvent) => {
    evento.preventDefault();
    salvar.mutate(
      { login: valores.login.trim(), nome: valores.nome.trim(), senha: valores.senha, papel },
      { onSuccess: (criado) => aoTerminar(criado) },
    );
  };
  const campo = (chave: keyof typeof valores) => ({
    value: valores[chave],
    erro: porCampo[chave],
    onChange: (e: { target: { value: string } }) => setValores((v) => ({ ...v, [chave]: e.target.value })),
  });

  return (
    <form ref={formulario} className="cartao formulario formulario-usuario" onSubmit={enviar} noValidate aria-labelledby="titulo-form-usuario">
      <h2 id="titulo-form-usuario">Novo usuário</h2>
      {erro && (
        <div className="aviso aviso-erro" role="alert" tabIndex={-1}>
          {erro instanceof ErroApi && (erro.status === 422 || erro.status === 409) ? 'Corrija os campos indicados.' : mensagemDeErro(erro)}
          {gerais.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <div className="grade-2">
        <Campo rotulo="Login" {...campo('login')} autoComplete="off" autoCapitalize="none" spellCheck={false} ajuda="3 a 100 caracteres: letras minúsculas, dígitos, ponto, _, @ ou -." autoFocus />
        <Campo rotulo="Nome" {...campo('nome')} autoComplete="off" ajuda="Como aparece no cabeçalho e na auditoria." />
        <Campo rotulo="Senha inicial" type="password" {...campo('senha')} autoComplete="new-password" ajuda="Ao menos 10 caracteres. Passe-a à pessoa por um canal seguro." />
        <div className={`campo${porCampo.papel ? ' campo-invalido' : ''}`}>
          <label htmlFor={idPapel}>Papel</label>
          <select id={idPapel} value={papel} onChange={(e) => setPapel(e.target.value as Papel)}>
            {Object.entries(PAPEIS).map(([valor, rotulo]) => (
              <option key={valor} value={valor}>
                {rotulo} — {AJUDA_PAPEIS[valor as Papel]}
              </option>
            ))}
          </select>
          {porCampo.papel && <p className="campo-erro">{porCampo.papel}</p>}
        </div>
      </div>
      <AcoesFormulario rotulo="Criar usuário" ocupado={salvar.isPending} rotuloOcupado="Criando…" aoCancelar={() => aoTerminar(null)} />
    </form>
  );
}
