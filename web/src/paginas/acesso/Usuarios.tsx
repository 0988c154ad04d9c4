/** Usuários (administradores): lista paginada, criação, papel, desativar/reativar e nova senha. */
import { useState } from 'react';
import { mensagemDeErro } from '../../api/cliente';
import { useAlterarUsuario, useUsuarios, type Usuario } from '../../api/acesso';
import { PAPEIS, usePermissoes, type Papel } from '../../api/sessao';
import { Dialogo } from '../../componentes/Dialogo';
import { Aviso, Carregando, ErroBloco } from '../../componentes/Estados';
import { Etiqueta } from '../../componentes/Etiquetas';
import { Paginacao } from '../../componentes/Paginacao';
import { Titulo } from '../../componentes/Titulo';
import { formatarDataHora, formatarRelativo, plural } from '../../lib/formato';
import { useFiltrosUrl } from '../../roteador';
import { FormularioUsuario } from './FormularioUsuario';
import { DialogoSenha } from './DialogoSenha';

const POR_PAGINA = 20;
const SOBRE_SI = 'Você não pode mudar o próprio papel nem se desativar; peça a outro administrador.';

interface PropsLinha {
  usuario: Usuario;
  proprio: boolean;
  ocupado: boolean;
  aoMudarPapel: (papel: Papel) => void;
  aoAlternar: () => void;
  aoRedefinir: () => void;
}

function Linha({ usuario: u, proprio, ocupado, aoMudarPapel, aoAlternar, aoRedefinir }: PropsLinha) {
  return (
    <tr data-usuario={u.login} className={u.ativo ? undefined : 'linha-inativa'}>
      <th scope="row" data-rotulo="Nome">
        {u.nome}
        {proprio && <span className="texto-suave"> (você)</span>}
      </th>
      <td data-rotulo="Login">
        <code>{u.login}</code>
      </td>
      <td data-rotulo="Papel">
        <select
          aria-label={`Papel de ${u.nome}`}
          value={u.papel}
          disabled={proprio || ocupado}
          title={proprio ? SOBRE_SI : undefined}
          onChange={(e) => aoMudarPapel(e.target.value as Papel)}
        >
          {Object.entries(PAPEIS).map(([valor, rotulo]) => (
            <option key={valor} value={valor}>
              {rotulo}
            </option>
          ))}
        </select>
      </td>
      <td data-rotulo="Situação">
        <Etiqueta tom={u.ativo ? 'ok' : 'neutro'}>{u.ativo ? 'Ativo' : 'Desativado'}</Etiqueta>
      </td>
      <td data-rotulo="Último acesso" title={u.ultimo_acesso_em ? formatarDataHora(u.ultimo_acesso_em) : undefined}>
        {u.ultimo_acesso_em ? formatarRelativo(u.ultimo_acesso_em) : 'nunca entrou'}
      </td>
      <td data-rotulo="Criado em">{formatarDataHora(u.criado_em)}</td>
      <td data-rotulo="Ações">
        <span className="acoes acoes-linha">
          <button type="button" className="botao botao-pequeno botao-secundario" onClick={aoRedefinir} aria-label={`Redefinir a senha de ${u.nome}`}>
            Redefinir senha
          </button>
          <button
            type="button"
            className={`botao botao-pequeno ${u.ativo ? 'botao-perigo-contorno' : 'botao-secundario'}`}
            disabled={proprio || ocupado}
            title={proprio ? SOBRE_SI : undefined}
            onClick={aoAlternar}
            aria-label={`${u.ativo ? 'Desativar' : 'Reativar'} ${u.nome}`}
          >
            {u.ativo ? 'Desativar' : 'Reativar'}
          </button>
        </span>
      </td>
    </tr>
  );
}

export default function Usuarios() {
  const { usuario: eu } = usePermissoes();
  const [busca, alterar] = useFiltrosUrl();
  const pagina = Math.max(1, Number(busca.get('pagina')) || 1);
  const consulta = useUsuarios(pagina, POR_PAGINA);
  const mudar = useAlterarUsuario();
  const [criando, setCriando] = useState(false);
  const [desativando, setDesativando] = useState<Usuario | null>(null);
  const [redefinindo, setRedefinindo] = useState<Usuario | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  const dados = consulta.data;
  const alterarUsuario = (u: Usuario, corpo: { papel?: Papel; ativo?: boolean }, feito: string) => {
    setAviso(null);
    mudar.mutate({ id: u.id, corpo }, { onSuccess: () => setAviso(feito), onSettled: () => setDesativando(null) });
  };

  return (
    <>
      <Titulo
        acoes={
          <button type="button" className="botao" onClick={() => setCriando(true)} disabled={criando}>
            Novo usuário
          </button>
        }
      >
        Usuários
      </Titulo>
      <p className="texto-suave">
        Leitores só consultam; operadores também cadastram partes, importam, sincronizam e cuidam de alertas, canais e
        padrões; administradores ainda gerenciam usuários e veem a auditoria. Um usuário desativado não entra mais e seus
        tokens param de funcionar.
      </p>
      {aviso && <Aviso tipo="sucesso">{aviso}</Aviso>}
      {mudar.isError && <Aviso tipo="erro">{mensagemDeErro(mudar.error)}</Aviso>}
      {criando && (
        <FormularioUsuario
          aoTerminar={(criado) => {
            setCriando(false);
            setAviso(criado ? `Usuário “${criado.login}” criado como ${PAPEIS[criado.papel].toLowerCase()}.` : null);
          }}
        />
      )}

      {consulta.isPending && <Carregando />}
      {consulta.isError && !dados && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {dados && (
        <p className="texto-suave contagem" aria-live="polite">
          {plural(dados.total, 'usuário', 'usuários')}
        </p>
      )}
      {dados && dados.itens.length > 0 && (
        <div className={`tabela-rolagem${consulta.isPlaceholderData ? ' atualizando' : ''}`}>
          <table className="tabela tabela-responsiva">
            <caption className="so-leitor">Usuários</caption>
            <thead>
              <tr>
                <th scope="col">Nome</th>
                <th scope="col">Login</th>
                <th scope="col">Papel</th>
                <th scope="col">Situação</th>
                <th scope="col">Último acesso</th>
                <th scope="col">Criado em</th>
                <th scope="col">
                  <span className="so-leitor">Ações</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {dados.itens.map((u) => (
                <Linha
                  key={u.id}
                  usuario={u}
                  proprio={u.id === eu?.id}
                  ocupado={mudar.isPending && mudar.variables?.id === u.id}
                  aoMudarPapel={(papel) => alterarUsuario(u, { papel }, `${u.nome} agora é ${PAPEIS[papel].toLowerCase()}.`)}
                  aoAlternar={() => (u.ativo ? setDesativando(u) : alterarUsuario(u, { ativo: true }, `${u.nome} reativado.`))}
                  aoRedefinir={() => setRedefinindo(u)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dados && (
        <Paginacao pagina={pagina} porPagina={POR_PAGINA} total={dados.total} rotulo="usuários" aoMudar={(p) => alterar({ pagina: p === 1 ? null : String(p) })} />
      )}
      <Dialogo
        aberto={desativando !== null}
        titulo="Desativar este usuário?"
        confirmar={mudar.isPending ? 'Desativando…' : 'Desativar'}
        perigoso
        ocupado={mudar.isPending}
        aoCancelar={() => setDesativando(null)}
        aoConfirmar={() => desativando && alterarUsuario(desativando, { ativo: false }, `${desativando.nome} desativado.`)}
      >
        <p>
          <strong>{desativando?.nome}</strong> sai na hora e não consegue mais entrar; os tokens de API dele param de
          funcionar. Dá para reativar depois.
        </p>
      </Dialogo>
      <DialogoSenha
        usuario={redefinindo}
        aoFechar={(feito) => {
          setRedefinindo(null);
          if (feito) setAviso(feito);
        }}
      />
    </>
  );
}
