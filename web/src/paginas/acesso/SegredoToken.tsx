/** O token recém-criado, inteiro, com o botão de copiar: a API não o mostra de novo. */
import { useEffect, useRef, useState } from 'react';
import type { TokenCriado } from '../../api/acesso';

async function copiar(texto: string, campo: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(texto);
    return true;
  } catch {
    // Fora de HTTPS (ou sem permissão) não há navigator.clipboard: o texto fica selecionado para Ctrl+C.
    campo?.select();
    return false;
  }
}

export function SegredoToken({ token, aoFechar }: { token: TokenCriado; aoFechar: () => void }) {
  const campo = useRef<HTMLInputElement>(null);
  const caixa = useRef<HTMLElement>(null);
  const [copiado, setCopiado] = useState<boolean | null>(null);
  useEffect(() => {
    // Quem acabou de criar precisa ver o segredo: o foco vai para ele.
    caixa.current?.focus();
  }, []);
  return (
    <section ref={caixa} className="cartao segredo-token" aria-labelledby="titulo-segredo" tabIndex={-1} data-segredo>
      <h2 id="titulo-segredo">Token “{token.nome}” criado</h2>
      <p className="aviso aviso-alerta" role="alert">
        Copie o token agora e guarde-o num lugar seguro: ele não será mostrado de novo. Quem tiver o token age em seu
        nome.
      </p>
      <div className="segredo-linha">
        <label htmlFor="segredo-token" className="so-leitor">
          Token
        </label>
        <input
          ref={campo}
          id="segredo-token"
          className="entrada-mono"
          readOnly
          value={token.token}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
        <button
          type="button"
          className="botao"
          onClick={() => void copiar(token.token, campo.current).then(setCopiado)}
        >
          {copiado ? 'Copiado ✓' : 'Copiar'}
        </button>
      </div>
      <p className="texto-suave" aria-live="polite">
        {copiado === false
          ? 'O navegador não deixou copiar: o token está selecionado, use Ctrl+C.'
          : <>Uso: <code>Authorization: Bearer {'<token>'}</code></>}
      </p>
      <button type="button" className="botao botao-secundario" onClick={aoFechar}>
        Já copiei, fechar
      </button>
    </section>
  );
}
