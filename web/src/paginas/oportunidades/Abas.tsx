/** Abas entre a lista de oportunidades e os padrões que as encontram (links: cada uma tem sua URL). */
import { Link, useLocalizacao } from '../../roteador';

const ABAS = [
  { para: '/oportunidades', rotulo: 'Oportunidades' },
  { para: '/oportunidades/padroes', rotulo: 'Padrões' },
] as const;

export function Abas() {
  const { caminho } = useLocalizacao();
  return (
    <nav className="abas" aria-label="Seções de oportunidades">
      {ABAS.map((aba) => (
        <Link key={aba.para} para={aba.para} className="aba" aria-current={caminho === aba.para ? 'page' : undefined}>
          {aba.rotulo}
        </Link>
      ))}
    </nav>
  );
}
