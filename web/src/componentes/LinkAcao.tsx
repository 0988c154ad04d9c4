/** Um link que leva a um formulário de alteração: para quem só consulta, um botão desativado que diz por quê. */
import type { ReactNode } from 'react';
import { usePermissoes } from '../api/sessao';
import { Link } from '../roteador';

export function LinkAcao({ para, className, children }: { para: string; className: string; children: ReactNode }) {
  const { podeAlterar, dica } = usePermissoes();
  if (podeAlterar) {
    return (
      <Link para={para} className={className}>
        {children}
      </Link>
    );
  }
  return (
    <button type="button" className={className} disabled title={dica}>
      {children}
    </button>
  );
}
