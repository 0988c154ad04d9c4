/** "Monitorar esta parte": cadastra um nome vindo de um resultado de busca, sem sair da página. */
import { ErroApi, mensagemDeErro } from '../api/cliente';
import { useSalvarPessoa } from '../api/consultas';
import { usePermissoes } from '../api/sessao';
import { Link } from '../roteador';

export function BotaoMonitorar({ nome, rotulo }: { nome: string; rotulo?: string }) {
  const salvar = useSalvarPessoa(null);
  const { podeAlterar, dica } = usePermissoes();
  const erro = salvar.error;
  const existente = erro instanceof ErroApi && erro.status === 409 && typeof erro.corpo.id === 'number' ? erro.corpo.id : null;
  if (salvar.isSuccess) {
    return (
      <span className="monitorar-resultado" role="status">
        ✓ Monitorando. <Link para={`/monitorados/${salvar.data.id}`}>Abrir {salvar.data.nome}</Link>
      </span>
    );
  }
  return (
    <span className="monitorar">
      <button
        type="button"
        className="botao botao-pequeno"
        disabled={salvar.isPending || !podeAlterar}
        title={dica}
        onClick={() => salvar.mutate({ nome })}
        aria-label={rotulo ?? `Monitorar esta parte: ${nome}`}
      >
        {salvar.isPending ? 'Cadastrando…' : 'Monitorar esta parte'}
      </button>
      {existente !== null && (
        <span className="monitorar-resultado" role="status">
          Já monitorada. <Link para={`/monitorados/${existente}`}>Abrir</Link>
        </span>
      )}
      {erro && existente === null && (
        <span className="texto-perigo" role="alert">
          {mensagemDeErro(erro)}
        </span>
      )}
    </span>
  );
}
