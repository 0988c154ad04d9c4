/** A linha de botões de todo formulário: enviar (com o texto de "enviando…") e cancelar. */
interface Props {
  rotulo: string;
  ocupado: boolean;
  rotuloOcupado: string;
  aoCancelar: () => void;
  className?: string;
}

export function AcoesFormulario({ rotulo, ocupado, rotuloOcupado, aoCancelar, className = 'acoes acoes-formulario' }: Props) {
  return (
    <div className={className}>
      <button type="submit" className="botao" disabled={ocupado}>
        {ocupado ? rotuloOcupado : rotulo}
      </button>
      <button type="button" className="botao botao-secundario" onClick={aoCancelar}>
        Cancelar
      </button>
    </div>
  );
}
