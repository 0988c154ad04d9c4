import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  isEntry: boolean;
  imports: string[];
  code: string;
}

/**
 * Soma o JS que o navegador baixa antes de pintar a primeira tela (entrada + imports estáticos,
 * sem os chunks carregados sob demanda), imprime o total comprimido e falha o build acima do limite.
 */
export function tamanhoInicial({ limiteKb }: { limiteKb: number }): Plugin {
  return {
    name: 'dje:tamanho-inicial',
    apply: 'build',
    generateBundle(_opcoes, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [nome, item] of Object.entries(bundle)) {
        if (item.type === 'chunk') chunks.set(nome, item as unknown as Chunk);
      }
      const visitados = new Set<string>();
      const fila = [...chunks.entries()].filter(([, c]) => c.isEntry).map(([nome]) => nome);
      while (fila.length > 0) {
        const nome = fila.pop()!;
        if (visitados.has(nome)) continue;
        visitados.add(nome);
        fila.push(...(chunks.get(nome)?.imports ?? []));
      }
      let bruto = 0;
      let gzip = 0;
      for (const nome of visitados) {
        const codigo = chunks.get(nome)?.code ?? '';
        bruto += Buffer.byteLength(codigo);
        gzip += gzipSync(codigo, { level: 9 }).length;
      }
      const kb = (n: number) => (n / 1024).toFixed(1);
      const linha = `JS inicial: ${kb(gzip)} KB gzip (${kb(bruto)} KB sem compressão, ${visitados.size} arquivo(s)); limite ${limiteKb} KB gzip`;
      console.log(`\n${linha}`);
      if (gzip > limiteKb * 1024) this.error(`JS inicial acima do limite — ${linha}`);
    },
  };
}
