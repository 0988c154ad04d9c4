/** Barras de verificações (sucesso e falha empilhadas) e linha de novos alertas por hora, em SVG puro. */
import { useEffect, useRef, useState } from 'react';
import type { Esquemas } from '../api/cliente';
import { formatarHora, formatarNumero } from '../lib/formato';

const A = 220;
const M = { topo: 12, dir: 12, base: 28, esq: 36 };

function escalaMaxima(valor: number): number {
  // Um teto "redondo" e par (a linha do meio cai num inteiro), nunca menor que 4.
  const bruto = Math.max(4, valor);
  const base = 10 ** Math.floor(Math.log10(bruto));
  return [1, 2, 4, 6, 8, 10].map((f) => f * base).find((v) => v >= bruto) ?? bruto;
}

/** Largura real do contêiner, para desenhar em pixels de verdade (texto legível em 390 px e 1440 px). */
function useLargura() {
  const ref = useRef<HTMLElement>(null);
  const [largura, setLargura] = useState(720);
  useEffect(() => {
    const elemento = ref.current;
    if (!elemento) return;
    const observador = new ResizeObserver(([entrada]) => {
      if (entrada) setLargura(Math.max(280, Math.round(entrada.contentRect.width)));
    });
    observador.observe(elemento);
    return () => observador.disconnect();
  }, []);
  return [ref, largura] as const;
}

export function GraficoHoras({ serie }: { serie: Esquemas['PontoHora'][] }) {
  const [ref, L] = useLargura();
  const total = (p: Esquemas['PontoHora']) => p.verificacoes_sucesso + p.verificacoes_falha;
  const maximo = escalaMaxima(Math.max(0, ...serie.map((p) => Math.max(total(p), p.novos_alertas))));
  const largura = (L - M.esq - M.dir) / Math.max(serie.length, 1);
  const altura = A - M.topo - M.base;
  const y = (v: number) => M.topo + altura - (v / maximo) * altura;
  const somas = serie.reduce(
    (s, p) => ({ ok: s.ok + p.verificacoes_sucesso, falha: s.falha + p.verificacoes_falha, alertas: s.alertas + p.novos_alertas }),
    { ok: 0, falha: 0, alertas: 0 },
  );
  const resumo =
    `Nas últimas 24 horas: ${formatarNumero(somas.ok + somas.falha)} verificações ` +
    `(${formatarNumero(somas.falha)} com falha) e ${formatarNumero(somas.alertas)} novos alertas.`;
  const linha = serie
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${(M.esq + largura * (i + 0.5)).toFixed(1)},${y(p.novos_alertas).toFixed(1)}`)
    .join(' ');
  return (
    <figure className="grafico" ref={ref}>
      <svg width={L} height={A} viewBox={`0 0 ${L} ${A}`} role="img" aria-label="Verificações e novos alertas por hora" aria-describedby="grafico-resumo">
        {[0, 0.5, 1].map((f) => (
          <g key={f} className="grafico-grade">
            <line x1={M.esq} x2={L - M.dir} y1={y(maximo * f)} y2={y(maximo * f)} />
            <text x={M.esq - 6} y={y(maximo * f) + 4} textAnchor="end">
              {formatarNumero(maximo * f)}
            </text>
          </g>
        ))}
        {serie.map((p, i) => {
          const x = M.esq + largura * i + largura * 0.15;
          const w = largura * 0.7;
          return (
            <g key={p.hora}>
              <title>
                {`${formatarHora(p.hora)}: ${p.verificacoes_sucesso} com sucesso, ${p.verificacoes_falha} com falha, ${p.novos_alertas} novos alertas`}
              </title>
              <rect className="barra-ok" x={x} width={w} y={y(p.verificacoes_sucesso)} height={altura + M.topo - y(p.verificacoes_sucesso)} />
              <rect className="barra-falha" x={x} width={w} y={y(total(p))} height={y(p.verificacoes_sucesso) - y(total(p))} />
              {i % (L < 500 ? 6 : 3) === 0 && (
                <text className="grafico-eixo" x={x + w / 2} y={A - 8} textAnchor="middle">
                  {formatarHora(p.hora)}
                </text>
              )}
            </g>
          );
        })}
        <path className="linha-alertas" d={linha} />
        {serie.map((p, i) =>
          p.novos_alertas > 0 ? (
            <circle key={p.hora} className="ponto-alertas" cx={M.esq + largura * (i + 0.5)} cy={y(p.novos_alertas)} r={3.5} />
          ) : null,
        )}
      </svg>
      <figcaption className="legenda">
        <span><i className="cor cor-ok" aria-hidden="true" /> Verificações com sucesso</span>
        <span><i className="cor cor-falha" aria-hidden="true" /> Com falha</span>
        <span><i className="cor cor-alertas" aria-hidden="true" /> Novos alertas</span>
      </figcaption>
      <p className="grafico-resumo" id="grafico-resumo">
        {resumo}
      </p>
    </figure>
  );
}
