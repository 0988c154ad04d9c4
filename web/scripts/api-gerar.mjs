// Gera src/api/esquema.d.ts a partir de openapi.json (openapi-typescript).
//   --verificar            gera num temporário e falha se o esquema.d.ts commitado estiver desatualizado
//   --openapi CAMINHO      usa outro documento (ex.: um recém-extraído da API); com --verificar,
//                          confere também que o web/openapi.json commitado é igual a ele
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const commitado = resolve(web, 'openapi.json');
const indice = process.argv.indexOf('--openapi');
const entrada = indice > 0 ? resolve(process.argv[indice + 1]) : commitado;
const destino = resolve(web, 'src/api/esquema.d.ts');
const verificar = process.argv.includes('--verificar');

const CABECALHO =
  '// Gerado por `npm run api:gerar` a partir de web/openapi.json. Não edite à mão.\n' +
  '// Para atualizar: `npm run api:dump && npm run api:gerar`.\n\n';

const documento = readFileSync(entrada, 'utf8');
// defaultNonNullable: false — um campo com valor padrão continua opcional no corpo que enviamos.
const ast = await openapiTS(JSON.parse(documento), { defaultNonNullable: false });
const gerado = CABECALHO + astToString(ast);

if (!verificar) {
  writeFileSync(destino, gerado);
  console.log(`Tipos gerados em ${destino}`);
  process.exit(0);
}

const problemas = [];
if (entrada !== commitado && readFileSync(commitado, 'utf8') !== documento) {
  problemas.push('web/openapi.json difere do OpenAPI atual da API');
}
const pasta = mkdtempSync(join(tmpdir(), 'dje-api-'));
try {
  const temporario = join(pasta, 'esquema.d.ts');
  writeFileSync(temporario, gerado);
  if (readFileSync(destino, 'utf8') !== readFileSync(temporario, 'utf8')) {
    problemas.push('web/src/api/esquema.d.ts está desatualizado');
  }
} finally {
  rmSync(pasta, { recursive: true, force: true });
}
if (problemas.length > 0) {
  console.error(
    `${problemas.join('; ')}.\n` +
      'Rode `cd web && npm run api:dump && npm run api:gerar`, confira `npm run typecheck` e faça commit dos dois arquivos.',
  );
  process.exit(1);
}
console.log('Tipos da API em dia com o OpenAPI.');
