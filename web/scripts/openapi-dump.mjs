// Grava o documento OpenAPI atual da API (lido do código Python, sem subir servidor).
//   node scripts/openapi-dump.mjs [saida.json]   → web/openapi.json ou o caminho dado
//   node scripts/openapi-dump.mjs --verificar    → grava num temporário e confere se web/openapi.json
//                                                  e src/api/esquema.d.ts estão em dia (não altera nada)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const python = process.env.DJE_PYTHON ?? resolve(web, '../.venv/bin/python');
const verificar = process.argv.includes('--verificar');
const argumento = process.argv.slice(2).find((a) => !a.startsWith('--'));

if (!existsSync(python)) {
  console.error(`Python do projeto não encontrado em ${python} (rode "make install" ou defina DJE_PYTHON).`);
  process.exit(1);
}
// indent e ensure_ascii fixos: o arquivo é comparado byte a byte e lido por gente no diff.
const codigo =
  'import json, sys; from dje_monitor.app import criar_app; ' +
  'sys.stdout.write(json.dumps(criar_app().openapi(), indent=2, ensure_ascii=False) + "\\n")';
const json = execFileSync(python, ['-c', codigo], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
JSON.parse(json); // falha cedo se a saída não for JSON (ex.: um log perdido no stdout)

if (!verificar) {
  const saida = resolve(argumento ?? resolve(web, 'openapi.json'));
  writeFileSync(saida, json);
  console.log(`OpenAPI gravado em ${saida}`);
} else {
  const pasta = mkdtempSync(join(tmpdir(), 'dje-openapi-'));
  try {
    const temporario = join(pasta, 'openapi.json');
    writeFileSync(temporario, json);
    execFileSync(process.execPath, [resolve(web, 'scripts/api-gerar.mjs'), '--verificar', '--openapi', temporario], {
      stdio: 'inherit',
    });
  } catch {
    process.exitCode = 1;
  } finally {
    rmSync(pasta, { recursive: true, force: true });
  }
}
