/**
 * Cabeçalho: a navegação principal (com as páginas de administração só para administradores), o selo
 * de alertas não lidos e quem está conectado, com "Sair". Sem sessão, só a marca.
 */
import { useNaoLidos } from '../api/consultas';
import { PAPEIS, useSair, type Usuario } from '../api/sessao';
import { formatarNumero } from '../lib/formato';
import { Link, useLocalizacao } from '../roteador';

const ITENS = [
  { para: '/', rotulo: 'Painel' },
  { para: '/monitorados', rotulo: 'Monitorados' },
  { para: '/alertas', rotulo: 'Alertas' },
  { para: '/busca', rotulo: 'Busca' },
  { para: '/oportunidades', rotulo: 'Oportunidades' },
  { para: '/canais', rotulo: 'Canais' },
] as const;
const ITENS_ADMIN = [
  { para: '/usuarios', rotulo: 'Usuários' },
  { para: '/auditoria', rotulo: 'Auditoria' },
] as const;

function SeloNaoLidos() {
  const { data } = useNaoLidos();
  const total = data?.total ?? 0;
  if (total === 0) return null;
  return (
    <span className="selo" data-selo="nao-lidos">
      <span aria-hidden="true">{total > 99 ? '99+' : formatarNumero(total)}</span>
      <span className="so-leitor">, {formatarNumero(total)} não lidos</span>
    </span>
  );
}

function Conectado({ usuario, ativo }: { usuario: Usuario; ativo: (para: string) => boolean }) {
  const sair = useSair();
  return (
    <div className="cabecalho-usuario">
      <span className="usuario" data-papel={usuario.papel} title={`${usuario.nome} (${usuario.login})`}>
        <span className="usuario-nome">{usuario.nome}</span>
        <span className="usuario-papel">{PAPEIS[usuario.papel]}</span>
      </span>
      <Link para="/tokens" className="nav-link" aria-current={ativo('/tokens') ? 'page' : undefined}>
        Tokens de API
      </Link>
      <button type="button" className="botao-sair" disabled={sair.isPending} onClick={() => sair.mutate()}>
        {sair.isPending ? 'Saindo…' : 'Sair'}
      </button>
    </div>
  );
}

export function Navegacao({ usuario }: { usuario: Usuario | null }) {
  const { caminho } = useLocalizacao();
  const ativo = (para: string) => (para === '/' ? caminho === '/' : caminho.startsWith(para));
  const itens = usuario?.papel === 'admin' ? [...ITENS, ...ITENS_ADMIN] : ITENS;
  return (
    <header className="cabecalho">
      <div className="cabecalho-interno">
        <Link para="/" className="marca">
          <span className="marca-icone" aria-hidden="true">⚖</span> DJe Monitor
        </Link>
        {usuario && (
          <nav aria-label="Principal">
            <ul className="nav-lista">
              {itens.map((item) => (
                <li key={item.para}>
                  <Link
                    para={item.para}
                    className="nav-link"
                    aria-current={ativo(item.para) ? 'page' : undefined}
                  >
                    {item.rotulo}
                    {item.para === '/alertas' && <SeloNaoLidos />}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {usuario && <Conectado usuario={usuario} ativo={ativo} />}
      </div>
    </header>
  );
}
