/** Criar um token de API: nome e validade. A resposta traz o segredo, que a página mostra uma vez. */
import { useId, useState, type FormEvent } from 'react';
import { ErroApi, mensagemDeErro } from '../../api/cliente';
import { useCriarToken, type TokenCriado } from '../../api/acesso';
import { Campo } from '../../componentes/Campo';
import { AcoesFormulario } from '../../componentes/AcoesFormulario';

// Validade em dias; '' é "não expira". Tokens curtos limitam o estrago de um vazamento.
const VALIDADES = { '30': '30 dias', '90': '90 dias', '365': '1 ano', '': 'Não expira' } as const;

export function FormularioToken({ aoTerminar }: { aoTerminar: (criado: TokenCriado | null) => void }) {
  const criar = useCriarToken();
  const idValidade = useId();
  const [nome, setNome] = useState('');
  const [validade, setValidade] = useState<keyof typeof VALIDADES>('90');
  const erros = criar.error instanceof ErroApi ? criar.error.erros : [];
  const erroNome = erros.find((e) => e.campo === 'nome')?.mensagem;
  const enviar = (evento: FormEvent) => {
    evento.preventDefault();
    criar.mutate(
      { nome: nome.trim(), validade_dias: validade ? Number(validade) : null },
      { onSuccess: (criado) => aoTerminar(criado) },
    );
  };
  return (
    <form className="cartao formulario formulario-token" onSubmit={enviar} noValidate aria-labelledby="titulo-form-token">
      <h2 id="titulo-form-token">Novo token de API</h2>
      {criar.isError && !erroNome && (
        <div className="aviso aviso-erro" role="alert">
          {mensagemDeErro(criar.error)}
        </div>
      )}
      <div className="grade-2">
        <Campo
          rotulo="Nome do token"
          value={nome}
          onChange={(e) => setNome(e.target.value)}
          erro={erroNome}
          autoComplete="off"
          ajuda="Para que serve, ex.: “integração do ERP”."
          autoFocus
        />
        <div className="campo">
          <label htmlFor={idValidade}>Validade</label>
          <select id={idValidade} value={validade} onChange={(e) => setValidade(e.target.value as keyof typeof VALIDADES)}>
            {Object.entries(VALIDADES).map(([valor, rotulo]) => (
              <option key={valor} value={valor}>
                {rotulo}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AcoesFormulario rotulo="Criar token" ocupado={criar.isPending} rotuloOcupado="Criando…" aoCancelar={() => aoTerminar(null)} />
    </form>
  );
}
