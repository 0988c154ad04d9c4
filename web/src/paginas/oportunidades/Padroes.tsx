/** Os padrões que encontram (positivos) e cancelam (negativos) oportunidades. Carregada sob demanda. */
import { useState } from 'react';
import { mensagemDeErro } from '../../api/cliente';
import { useExcluirPadrao, usePadroes, useSalvarPadrao, type Padrao } from '../../api/oportunidades';
import { usePermissoes } from '../../api/sessao';
import { Dialogo } from '../../componentes/Dialogo';
import { Aviso, Carregando, ErroBloco, Vazio } from '../../componentes/Estados';
import { Etiqueta } from '../../componentes/Etiquetas';
import { Titulo } from '../../componentes/Titulo';
import { formatarNumero } from '../../lib/formato';
import { Abas } from './Abas';
import { AJUDA_EXPRESSAO, FormularioPadrao } from './FormularioPadrao';

function Alternar({ padrao }: { padrao: Padrao }) {
  const salvar = useSalvarPadrao(padrao.id);
  const { podeAlterar, dica } = usePermissoes();
  return (
    <button
      type="button"
      className="botao botao-pequeno botao-secundario"
      disabled={salvar.isPending || !podeAlterar}
      title={dica}
      onClick={() => salvar.mutate({ ativo: !padrao.ativo })}
      aria-label={`${padrao.ativo ? 'Desativar' : 'Ativar'} ${padrao.nome}`}
    >
      {padrao.ativo ? 'Desativar' : 'Ativar'}
    </button>
  );
}

export default function Padroes() {
  const consulta = usePadroes();
  const excluir = useExcluirPadrao();
  const { podeAlterar, dica } = usePermissoes();
  // null: formulário fechado; 'novo': criando; um padrão: editando.
  const [editando, setEditando] = useState<Padrao | 'novo' | null>(null);
  const [removendo, setRemovendo] = useState<Padrao | null>(null);
  const [salvo, setSalvo] = useState<string | null>(null);
  const itens = consulta.data?.itens ?? [];

  return (
    <>
      <Titulo
        acoes={
          <button type="button" className="botao" onClick={() => setEditando('novo')} disabled={editando !== null || !podeAlterar} title={dica}>
            Novo padrão
          </button>
        }
      >
        Padrões de oportunidade
      </Titulo>
      <Abas />
      <div className="ajuda-expressao">
        <p>
          Um padrão <strong>positivo</strong> marca uma publicação como oportunidade; um <strong>negativo</strong>, numa
          publicação posterior do mesmo processo, a cancela.
        </p>
        <p>{AJUDA_EXPRESSAO}</p>
        <p>
          Exemplos: <code>alvará* de levantamento | mandado* de levantamento</code> (positivo);{' '}
          <code>extinção da execução</code> (negativo).
        </p>
      </div>
      {salvo && <Aviso tipo="sucesso">{salvo}</Aviso>}
      {excluir.isError && <Aviso tipo="erro">{mensagemDeErro(excluir.error)}</Aviso>}
      {editando !== null && (
        <FormularioPadrao
          key={editando === 'novo' ? 'novo' : editando.id}
          padrao={editando === 'novo' ? null : editando}
          aoTerminar={(p) => {
            setEditando(null);
            setSalvo(p ? `Padrão “${p.nome}” salvo. Uma nova varredura foi enfileirada.` : null);
          }}
        />
      )}

      {consulta.isPending && <Carregando />}
      {consulta.isError && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {consulta.data && itens.length === 0 && <Vazio titulo="Nenhum padrão cadastrado." />}
      {itens.length > 0 && (
        <div className="tabela-rolagem">
          <table className="tabela tabela-responsiva">
            <caption className="so-leitor">Padrões de oportunidade</caption>
            <thead>
              <tr>
                <th scope="col">Nome</th>
                <th scope="col">Expressão</th>
                <th scope="col">Tipo</th>
                <th scope="col" className="num">Ordem</th>
                <th scope="col">Situação</th>
                <th scope="col">
                  <span className="so-leitor">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {itens.map((p) => (
                <tr key={p.id} data-padrao={p.id}>
                  <th scope="row" data-rotulo="Nome">
                    {p.nome}
                  </th>
                  <td data-rotulo="Expressão">
                    <code className="expressao">{p.expressao}</code>
                  </td>
                  <td data-rotulo="Tipo">
                    <Etiqueta tom={p.tipo === 'POSITIVO' ? 'ok' : 'alerta'}>{p.tipo === 'POSITIVO' ? 'Positivo' : 'Negativo'}</Etiqueta>
                  </td>
                  <td data-rotulo="Ordem" className="num">
                    {formatarNumero(p.ordem)}
                  </td>
                  <td data-rotulo="Situação">
                    <Etiqueta tom={p.ativo ? 'ok' : 'neutro'}>{p.ativo ? 'Ativo' : 'Inativo'}</Etiqueta>
                  </td>
                  <td data-rotulo="Ações">
                    <span className="acoes acoes-linha">
                      <button
                        type="button"
                        className="botao botao-pequeno botao-secundario"
                        onClick={() => setEditando(p)}
                        disabled={!podeAlterar}
                        title={dica}
                        aria-label={`Editar ${p.nome}`}
                      >
                        Editar
                      </button>
                      <Alternar padrao={p} />
                      <button
                        type="button"
                        className="botao botao-pequeno botao-perigo-contorno"
                        onClick={() => setRemovendo(p)}
                        disabled={!podeAlterar}
                        title={dica}
                        aria-label={`Excluir ${p.nome}`}
                      >
                        Excluir
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialogo
        aberto={removendo !== null}
        titulo="Excluir este padrão?"
        confirmar={excluir.isPending ? 'Excluindo…' : 'Excluir'}
        perigoso
        ocupado={excluir.isPending}
        aoCancelar={() => setRemovendo(null)}
        aoConfirmar={() => removendo && excluir.mutate(removendo.id, { onSettled: () => setRemovendo(null) })}
      >
        <p>
          <strong>{removendo?.nome}</strong> deixa de ser procurado. Para só pausá-lo, use “Desativar”.
        </p>
      </Dialogo>
    </>
  );
}
