import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './hand-written-api-types';
import { buildOpenApiDocument, operationsOf, successKind, type OpenApiDocument } from './openapi-document';
import { GENERATE_COMMAND, GENERATED_CLIENT_PATH, renderWebClient } from './render-web-client';

/** The first line where two texts differ, for a message a person can act on. */
function firstDifference(committed: string, fresh: string): string {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  committed: ${a[i] ?? '(end of file)'}\n  generated: ${b[i] ?? '(end of file)'}`;
  }
  return '(no difference)';
}

describe('the generated web client', () => {
  let document: OpenApiDocument;
  beforeAll(async () => {
    document = await buildOpenApiDocument();
  }, 180_000);

  it('has a response schema for every operation: a JSON body, a file by its media type, no body (204) or a redirect', () => {
    const undocumented = operationsOf(document)
      .filter((op) => successKind(op.operation) === 'NO_SCHEMA')
      .map((op) => `${op.method.toUpperCase()} ${op.path} (${op.tag}): give the route \`response: { 200: … }\` — a zod schema, fileAnswer(…), NO_CONTENT or REDIRECT (packages/api/src/schemas/common.ts)`);
    expect(undocumented).toEqual([]);
  });

  it('tells an undocumented answer from a documented one', () => {
    expect(successKind({ responses: { 200: { description: 'Default Response' } } })).toBe('NO_SCHEMA');
    expect(successKind({})).toBe('NO_SCHEMA');
    expect(successKind({ responses: { 200: { content: { 'application/json': { schema: { type: 'object' } } } } } })).toBe('JSON_SCHEMA');
    expect(successKind({ responses: { 200: { content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } } } })).toBe('JSON_SCHEMA');
    expect(successKind({ responses: { 204: { description: 'No content' } } })).toBe('NO_BODY');
    expect(successKind({ responses: { 302: { description: 'Redirect' } } })).toBe('NO_BODY');
  });

  it(`is what \`${GENERATE_COMMAND}\` writes from the current OpenAPI document`, async () => {
    expect(operationsOf(document).length).toBeGreaterThan(100);
    const fresh = await renderWebClient(document);
    let committed = '';
    try {
      committed = readFileSync(join(REPO_ROOT, GENERATED_CLIENT_PATH), 'utf8');
    } catch {
      // missing: reported below
    }
    if (committed !== fresh) {
      expect.fail(`${GENERATED_CLIENT_PATH} is stale — the API's schemas changed since it was generated. Run \`${GENERATE_COMMAND}\` and commit the file.\nFirst difference, ${firstDifference(committed, fresh)}`);
    }
  });
});
