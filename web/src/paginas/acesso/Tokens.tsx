/** Os tokens de API de quem está conectado: criar (o segredo aparece uma vez), listar e revogar. */
import { useState } from 'react';
import { mensagemDeErro } from '../../api/cliente';
import { useRevogarToken, useTokens, type Token, type TokenCriado } from '../../api/acesso';
import { PAPEIS, usePermissoes } from '../../api/sessao';
import { Dialogo } from '../../componentes/Dialogo';
import { Aviso, Carregando, ErroBloco, Vazio } from '../../componentes/Estados';
import { Titulo } from '../../componentes/Titulo';
import { formatarDataHora, formatarRelativo } from '../../lib/formato';
import { FormularioToken } from './FormularioToken';
import { SegredoToken } from './SegredoToken';

function Expira({ token }: { token: Token }) {
  if (!token.expira_em) return <>não expira</>;
  const vencido = new Date(token.expira_em).getTime() <= Date.now();
  return (
    <time dateTime={token.expira_em} className={vencido ? 'texto-perigo' : undefined}>
      {vencido ? 'expirou em ' : ''}
      {formatarDataHora(token.expira_em)}
    </time>
  );
}

export default function Tokens() {
  const { usuario } = usePermissoes();
  const consulta = useTokens();
  const revogar = useRevogarToken();
  const [criando, setCriando] = useState(false);
  const [criado, setCriado] = useState<TokenCriado | null>(null);
  const [revogando, setRevogando] = useState<Token | null>(null);
  const [revogado, setRevogado] = useState<string | null>(null);
  const tokens = consulta.data ?? [];

  return (
    <>
      <Titulo
        acoes={
          <button type="button" className="botao" onClick={() => setCriando(true)} disabled={criando}>
            Novo token
          </button>
        }
      >
        Tokens de API
      </Titulo>
      <p className="texto-suave">
        Um token deixa um script ou outro sistema usar a API em seu nome, com o seu papel
        {usuario ? ` (${PAPEIS[usuario.papel].toLowerCase()})` : ''}: envie o cabeçalho{' '}
        <code>Authorization: Bearer &lt;token&gt;</code>. Revogue o token que não for mais usado.
      </p>
      {criado && <SegredoToken token={criado} aoFechar={() => setCriado(null)} />}
      {revogado && <Aviso tipo="sucesso">{revogado}</Aviso>}
      {revogar.isError && <Aviso tipo="erro">{mensagemDeErro(revogar.error)}</Aviso>}
      {criando && (
        <FormularioToken
          aoTerminar={(novo) => {
            setCriando(false);
            setRevogado(null);
            setCriado(novo);
          }}
        />
      )}

      {consulta.isPending && <Carregando />}
      {consulta.isError && !consulta.data && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {consulta.data && tokens.length === 0 && !criando && (
        <Vazio titulo="Nenhum token de API.">
          <p>Crie um token para integrar o DJe Monitor a outro sistema.</p>
        </Vazio>
      )}
      {tokens.length > 0 && (
        <div className="tabela-rolagem">
          <table className="tabela tabela-responsiva">
            <caption className="so-leitor">Seus tokens de API</caption>
            <thead>
              <tr>
                <th scope="col">Nome</th>
                <th scope="col">Começa com</th>
                <th scope="col">Criado em</th>
                <th scope="col">Último uso</th>
                <th scope="col">Validade</th>
                <th scope="col">
                  <span className="so-leitor">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id} data-token={t.id}>
                  <th scope="row" data-rotulo="Nome">
                    {t.nome}
                  </th>
                  <td data-rotulo="Começa com">
                    <code>{t.prefixo}…</code>
                  </td>
                  <td data-rotulo="Criado em">{formatarDataHora(t.criado_em)}</td>
                  <td data-rotulo="Último uso" title={t.ultimo_uso_em ? formatarDataHora(t.ultimo_uso_em) : undefined}>
                    {t.ultimo_uso_em ? formatarRelativo(t.ultimo_uso_em) : 'nunca usado'}
                  </td>
                  <td data-rotulo="Validade">
                    <Expira token={t} />
                  </td>
                  <td data-rotulo="Ações">
                    <button
                      type="button"
                      className="botao botao-pequeno botao-perigo-contorno"
                      onClick={() => setRevogando(t)}
                      aria-label={`Revogar ${t.nome}`}
                    >
                      Revogar
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialogo
        aberto={revogando !== null}
        titulo="Revogar este token?"
        confirmar={revogar.isPending ? 'Revogando…' : 'Revogar'}
        perigoso
        ocupado={revogar.isPending}
        aoCancelar={() => setRevogando(null)}
        aoConfirmar={() =>
          revogando &&
          revogar.mutate(revogando.id, {
            onSuccess: () => setRevogado(`Token “${revogando.nome}” revogado.`),
            onSettled: () => setRevogando(null),
          })
        }
      >
        <p>
          <strong>{revogando?.nome}</strong> deixa de funcionar na hora: quem o usa passa a receber “não autenticado”.
          Não há como desfazer.
        </p>
      </Dialogo>
    </>
  );
}
