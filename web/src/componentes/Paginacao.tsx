import { formatarNumero } from '../lib/formato';

interface Props {
  pagina: number;
  porPagina: number;
  total: number;
  aoMudar: (pagina: number) => void;
  rotulo: string;
}

/** Navegação entre páginas de uma lista paginada no servidor. */
export function Paginacao({ pagina, porPagina, total, aoMudar, rotulo }: Props) {
  const ultima = Math.max(1, Math.ceil(total / porPagina));
  if (total <= porPagina && pagina === 1) return null;
  const primeiro = (pagina - 1) * porPagina + 1;
  const ultimoItem = Math.min(total, pagina * porPagina);
  return (
    <nav className="paginacao" aria-label={`Páginas de ${rotulo}`}>
      <button type="button" className="botao botao-secundario" disabled={pagina <= 1} onClick={() => aoMudar(pagina - 1)}>
        ‹ Anterior
      </button>
      <span aria-live="polite">
        {formatarNumero(primeiro)}–{formatarNumero(ultimoItem)} de {formatarNumero(total)} · página {pagina} de{' '}
        {formatarNumero(ultima)}
      </span>
      <button
        type="button"
        className="botao botao-secundario"
        disabled={pagina >= ultima}
        onClick={() => aoMudar(pagina + 1)}
      >
        Próxima ›
      </button>
    </nav>
  );
}
