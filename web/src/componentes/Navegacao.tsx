/** Cabeçalho com a navegação principal e o selo de alertas não lidos, atualizado por sondagem. */
import { useNaoLidos } from '../api/consultas';
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

export function Navegacao() {
  const { caminho } = useLocalizacao();
  const ativo = (para: string) => (para === '/' ? caminho === '/' : caminho.startsWith(para));
  return (
    <header className="cabecalho">
      <div className="cabecalho-interno">
        <Link para="/" className="marca">
          <span className="marca-icone" aria-hidden="true">⚖</span> DJe Monitor
        </Link>
        <nav aria-label="Principal">
          <ul className="nav-lista">
            {ITENS.map((item) => (
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
      </div>
    </header>
  );
}
