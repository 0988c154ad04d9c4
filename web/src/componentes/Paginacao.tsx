/** Navegação entre páginas de uma lista paginada (no servidor ou no navegador). */
import { useId } from 'react';
import { formatarNumero } from '../lib/formato';

interface Props {
  pagina: number;
  porPagina: number;
  total: number;
  aoMudar: (pagina: number) => void;
  rotulo: string;
  /** Com opções, mostra a escolha de itens por página (e chama aoMudarTamanho). */
  tamanhos?: readonly number[];
  aoMudarTamanho?: (porPagina: number) => void;
}

/** Páginas a mostrar: a primeira, a última e duas vizinhas da atual; `null` marca um salto (…). */
export function paginasVisiveis(pagina: number, ultima: number, vizinhas = 2): (number | null)[] {
  const numeros = new Set([1, ultima]);
  for (let p = pagina - vizinhas; p <= pagina + vizinhas; p += 1) if (p >= 1 && p <= ultima) numeros.add(p);
  const ordenados = [...numeros].sort((a, b) => a - b);
  const resultado: (number | null)[] = [];
  for (const [i, p] of ordenados.entries()) {
    const anterior = ordenados[i - 1];
    // Um salto de uma página só mostra a página, não as reticências.
    if (anterior !== undefined && p - anterior === 2) resultado.push(anterior + 1);
    else if (anterior !== undefined && p - anterior > 2) resultado.push(null);
    resultado.push(p);
  }
  return resultado;
}

export function Paginacao({ pagina, porPagina, total, aoMudar, rotulo, tamanhos, aoMudarTamanho }: Props) {
  const idTamanho = useId();
  const ultima = Math.max(1, Math.ceil(total / porPagina));
  const comTamanho = Boolean(tamanhos && aoMudarTamanho && total > (tamanhos[0] ?? Infinity));
  if (total <= porPagina && pagina === 1 && !comTamanho) return null;
  const primeiro = total === 0 ? 0 : (pagina - 1) * porPagina + 1;
  const ultimoItem = Math.min(total, pagina * porPagina);
  return (
    <nav className="paginacao" aria-label={`Páginas de ${rotulo}`}>
      <span className="paginacao-resumo" aria-live="polite">
        {formatarNumero(primeiro)}–{formatarNumero(ultimoItem)} de {formatarNumero(total)}
      </span>
      <div className="paginacao-botoes">
        <button
          type="button"
          className="botao botao-secundario botao-pequeno"
          disabled={pagina <= 1}
          onClick={() => aoMudar(pagina - 1)}
        >
          ‹ Anterior
        </button>
        <ol className="paginacao-numeros">
          {paginasVisiveis(pagina, ultima).map((p, i) =>
            p === null ? (
              <li key={`salto-${i}`} aria-hidden="true" className="paginacao-salto">
                …
              </li>
            ) : (
              <li key={p}>
                <button
                  type="button"
                  className={`botao botao-pequeno ${p === pagina ? '' : 'botao-secundario'}`}
                  aria-current={p === pagina ? 'page' : undefined}
                  aria-label={`Página ${formatarNumero(p)}`}
                  onClick={() => p !== pagina && aoMudar(p)}
                >
                  {formatarNumero(p)}
                </button>
              </li>
            ),
          )}
        </ol>
        <button
          type="button"
          className="botao botao-secundario botao-pequeno"
          disabled={pagina >= ultima}
          onClick={() => aoMudar(pagina + 1)}
        >
          Próxima ›
        </button>
      </div>
      {comTamanho && tamanhos && aoMudarTamanho && (
        <div className="paginacao-tamanho">
          <label htmlFor={idTamanho}>Por página</label>
          <select id={idTamanho} value={porPagina} onChange={(e) => aoMudarTamanho(Number(e.target.value))}>
            {tamanhos.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      )}
    </nav>
  );
}
