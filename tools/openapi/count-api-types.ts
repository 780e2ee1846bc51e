/**
 * The figures for issue #20's closing note, before and after the generated client:
 *   npx tsx tools/openapi/count-api-types.ts
 * (1) hand-written API type lines in the web app, per file; (2) API operations per module (first
 * OpenAPI tag) whose successful answer has no documented body schema.
 */
import { countWebApiTypes } from './hand-written-api-types';
import { buildOpenApiDocument, operationsOf, successKind } from './openapi-document';

const types = countWebApiTypes();
console.log('Hand-written API types in the web app (lines of declarations + lines of inline object types; request<T> calls)');
for (const f of types.files) {
  const calls = f.found.filter((x) => x.kind === 'trusted-call').length;
  if (f.declarationLines + f.inlineLines + calls > 0) console.log(`  ${String(f.declarationLines).padStart(5)} + ${String(f.inlineLines).padStart(3)} lines, ${String(calls).padStart(2)} calls  ${f.file} (${f.lines} lines)`);
}
console.log(`  ${String(types.declarationLines).padStart(5)} + ${String(types.inlineLines).padStart(3)} lines, ${String(types.trustedCalls).padStart(2)} calls  total: ${types.declarations} declarations in ${types.files.length} files of ${types.totalLines} lines`);

const document = await buildOpenApiDocument();
const perTag = new Map<string, { total: number; schema: number; none: string[]; noBody: number }>();
for (const op of operationsOf(document)) {
  const row = perTag.get(op.tag) ?? { total: 0, schema: 0, none: [], noBody: 0 };
  const kind = successKind(op.operation);
  row.total++;
  if (kind === 'JSON_SCHEMA') row.schema++;
  else if (kind === 'NO_BODY') row.noBody++;
  else row.none.push(`${op.method.toUpperCase()} ${op.path}`);
  perTag.set(op.tag, row);
}
console.log('\nOperations without a response schema, per module (OpenAPI tag)');
let total = 0;
let without = 0;
for (const [tag, row] of [...perTag].sort(([a], [b]) => a.localeCompare(b))) {
  total += row.total;
  without += row.none.length;
  console.log(`  ${tag.padEnd(16)} ${String(row.none.length).padStart(3)} of ${String(row.total).padStart(3)} without`);
  if (process.argv.includes('--list')) for (const o of row.none) console.log(`      ${o}`);
}
console.log(`  ${'total'.padEnd(16)} ${String(without).padStart(3)} of ${String(total).padStart(3)} without`);
