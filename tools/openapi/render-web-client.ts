/**
 * The web app's generated API types: the OpenAPI document rendered by openapi-typescript, with a
 * header that names the command regenerating it. Pure apart from openapi-typescript itself, so the
 * freshness test renders in memory exactly what the script writes.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenApiDocument } from './openapi-document';

/** Where the generated types live, relative to the repository root. */
export const GENERATED_CLIENT_PATH = 'apps/web/src/api/generated/openapi.ts';
export const GENERATE_COMMAND = 'npm run generate:client';

const HEADER = [
  '/**',
  ' * Generated — do not edit. The HTTP API\'s OpenAPI document (the routes\' own zod schemas, built',
  ` * in-process by tools/openapi/generate-web-client.ts) rendered by openapi-typescript.`,
  ` * Regenerate after changing a route's schema: \`${GENERATE_COMMAND}\` (tools/openapi/generated-client.test.ts`,
  ' * fails while this file is stale). Use it through apps/web/src/api/api-types.ts.',
  ' */',
  '',
].join('\n');

export async function renderWebClient(document: OpenApiDocument): Promise<string> {
  // openapi-typescript's own types are stricter than the plain JSON the document is.
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { silent: true });
  return HEADER + astToString(ast);
}
