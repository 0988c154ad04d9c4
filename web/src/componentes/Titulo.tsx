/** O h1 de cada página, que também dá nome à aba do navegador e recebe o foco na navegação. */
import { useEffect, useRef, type ReactNode } from 'react';

// Uma página carregada sob demanda ainda não tem h1 quando a navegação termina: o foco fica
// pendente e o título o toma ao aparecer.
let focoPendente = false;

/** Foca o h1 da página atual; sem h1 ainda (página a caminho), deixa o foco para quando ele surgir. */
export function focarTitulo(): void {
  const titulo = document.querySelector<HTMLElement>('main h1');
  focoPendente = !titulo;
  titulo?.focus({ preventScroll: true });
}

export function Titulo({ children, texto, acoes }: { children: ReactNode; texto?: string; acoes?: ReactNode }) {
  const titulo = texto ?? (typeof children === 'string' ? children : '');
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = titulo ? `${titulo} · DJe Monitor` : 'DJe Monitor';
  }, [titulo]);
  useEffect(() => {
    if (!focoPendente) return;
    focoPendente = false;
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="titulo-pagina">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {acoes && <div className="acoes">{acoes}</div>}
    </div>
  );
}
