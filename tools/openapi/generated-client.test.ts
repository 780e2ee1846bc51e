import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './hand-written-api-types';
import { buildOpenApiDocument, operationsOf } from './openapi-document';
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
  it(`is what \`${GENERATE_COMMAND}\` writes from the current OpenAPI document`, async () => {
    const document = await buildOpenApiDocument();
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
