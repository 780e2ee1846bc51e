/**
 * Writes the web app's generated API types from the API's own OpenAPI document:
 *   npm run generate:client        (= npx tsx tools/openapi/generate-web-client.ts)
 * No server, no network, no database: the document is built in this process (openapi-document.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildOpenApiDocument } from './openapi-document';
import { REPO_ROOT } from './hand-written-api-types';
import { GENERATED_CLIENT_PATH, renderWebClient } from './render-web-client';

const target = join(REPO_ROOT, GENERATED_CLIENT_PATH);
const text = await renderWebClient(await buildOpenApiDocument());
let previous = '';
try {
  previous = readFileSync(target, 'utf8');
} catch {
  // first run
}
if (previous === text) {
  console.log(`${GENERATED_CLIENT_PATH} is up to date`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${GENERATED_CLIENT_PATH} (${text.split('\n').length} lines)`);
}
