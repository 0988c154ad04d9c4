/** O h1 de cada página, que também dá nome à aba do navegador e recebe o foco na navegação. */
import { useEffect, type ReactNode } from 'react';

export function Titulo({ children, texto, acoes }: { children: ReactNode; texto?: string; acoes?: ReactNode }) {
  const titulo = texto ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = titulo ? `${titulo} · DJe Monitor` : 'DJe Monitor';
  }, [titulo]);
  return (
    <div className="titulo-pagina">
      <h1 tabIndex={-1}>{children}</h1>
      {acoes && <div className="acoes">{acoes}</div>}
    </div>
  );
}
