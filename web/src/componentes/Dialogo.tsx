/** Confirmação modal sobre o <dialog> nativo: foco preso, Esc fecha, foco volta ao botão de origem. */
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  aberto: boolean;
  titulo: string;
  children: ReactNode;
  confirmar: string;
  perigoso?: boolean;
  ocupado?: boolean;
  aoConfirmar: () => void;
  aoCancelar: () => void;
}

export function Dialogo({ aberto, titulo, children, confirmar, perigoso, ocupado, aoConfirmar, aoCancelar }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialogo = ref.current;
    if (!dialogo) return;
    if (aberto && !dialogo.open) dialogo.showModal();
    if (!aberto && dialogo.open) dialogo.close();
  }, [aberto]);
  return (
    <dialog
      ref={ref}
      className="dialogo"
      aria-labelledby="dialogo-titulo"
      onCancel={(evento) => {
        evento.preventDefault();
        aoCancelar();
      }}
    >
      <h2 id="dialogo-titulo">{titulo}</h2>
      <div className="dialogo-corpo">{children}</div>
      <div className="acoes">
        <button type="button" className="botao botao-secundario" onClick={aoCancelar} autoFocus>
          Cancelar
        </button>
        <button
          type="button"
          className={`botao${perigoso ? ' botao-perigo' : ''}`}
          onClick={aoConfirmar}
          disabled={ocupado}
        >
          {confirmar}
        </button>
      </div>
    </dialog>
  );
}
