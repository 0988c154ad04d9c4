/** Nova senha para um usuário, definida pelo administrador; a API encerra os logins abertos dele. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErroApi, mensagemDeErro } from '../../api/cliente';
import { useAlterarUsuario, type Usuario } from '../../api/acesso';
import { Campo } from '../../componentes/Campo';

interface Props {
  usuario: Usuario | null;
  /** Chamado ao fechar, com a mensagem de sucesso quando a senha mudou. */
  aoFechar: (feito: string | null) => void;
}

export function DialogoSenha({ usuario, aoFechar }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const alterar = useAlterarUsuario();
  const [senha, setSenha] = useState('');
  const { reset } = alterar;
  useEffect(() => {
    const dialogo = ref.current;
    if (!dialogo) return;
    if (usuario && !dialogo.open) {
      setSenha('');
      reset();
      dialogo.showModal();
    }
    if (!usuario && dialogo.open) dialogo.close();
  }, [usuario, reset]);
  const erro = alterar.error;
  const erroSenha =
    erro instanceof ErroApi ? (erro.erros.find((e) => e.campo === 'senha')?.mensagem ?? mensagemDeErro(erro)) : erro ? mensagemDeErro(erro) : undefined;
  const enviar = (evento: FormEvent) => {
    evento.preventDefault();
    if (!usuario) return;
    alterar.mutate(
      { id: usuario.id, corpo: { senha } },
      { onSuccess: () => aoFechar(`Senha de ${usuario.nome} redefinida; os logins abertos dele foram encerrados.`) },
    );
  };
  return (
    <dialog
      ref={ref}
      className="dialogo"
      aria-labelledby="titulo-dialogo-senha"
      onCancel={(evento) => {
        evento.preventDefault();
        aoFechar(null);
      }}
    >
      <form onSubmit={enviar} noValidate>
        <h2 id="titulo-dialogo-senha">Redefinir a senha de {usuario?.nome}</h2>
        <div className="dialogo-corpo">
          <Campo
            rotulo="Nova senha"
            type="password"
            value={senha}
            onChange={(e) => setSenha(e.target.value)}
            autoComplete="new-password"
            erro={erroSenha}
            ajuda="Ao menos 10 caracteres. Passe-a à pessoa por um canal seguro."
          />
        </div>
        <div className="acoes">
          <button type="button" className="botao botao-secundario" onClick={() => aoFechar(null)}>
            Cancelar
          </button>
          <button type="submit" className="botao" disabled={alterar.isPending}>
            {alterar.isPending ? 'Salvando…' : 'Redefinir senha'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
