/** Um campo de formulário com rótulo, ajuda e a mensagem de validação da API ao lado. */
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

interface Base {
  rotulo: string;
  ajuda?: ReactNode;
  erro?: string | undefined;
}

function useIds(ajuda: unknown, erro: unknown) {
  const id = useId();
  const descritores = [ajuda ? `${id}-ajuda` : null, erro ? `${id}-erro` : null].filter(Boolean).join(' ');
  return { id, descritores: descritores || undefined };
}

function Rodape({ id, ajuda, erro }: { id: string } & Omit<Base, 'rotulo'>) {
  return (
    <>
      {ajuda && (
        <p className="campo-ajuda" id={`${id}-ajuda`}>
          {ajuda}
        </p>
      )}
      {erro && (
        <p className="campo-erro" id={`${id}-erro`}>
          {erro}
        </p>
      )}
    </>
  );
}

export function Campo({ rotulo, ajuda, erro, ...entrada }: Base & InputHTMLAttributes<HTMLInputElement>) {
  const { id, descritores } = useIds(ajuda, erro);
  return (
    <div className={`campo${erro ? ' campo-invalido' : ''}`}>
      <label htmlFor={id}>{rotulo}</label>
      <input id={id} aria-invalid={erro ? true : undefined} aria-describedby={descritores} {...entrada} />
      <Rodape id={id} ajuda={ajuda} erro={erro} />
    </div>
  );
}

export function CampoTexto({ rotulo, ajuda, erro, ...area }: Base & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, descritores } = useIds(ajuda, erro);
  return (
    <div className={`campo${erro ? ' campo-invalido' : ''}`}>
      <label htmlFor={id}>{rotulo}</label>
      <textarea id={id} aria-invalid={erro ? true : undefined} aria-describedby={descritores} {...area} />
      <Rodape id={id} ajuda={ajuda} erro={erro} />
    </div>
  );
}
