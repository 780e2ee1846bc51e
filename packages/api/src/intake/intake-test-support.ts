import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { intakeInput } from './intake-input';
import type { TableFormat } from './read-table-file';

/** GB/T 4754-2017 sections as in rules/size-standard/industry-map.yaml (tests only). */
export const TEST_INDUSTRY_SECTIONS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['A', ['01', '05']], ['B', ['06', '12']], ['C', ['13', '43']], ['D', ['44', '46']], ['E', ['47', '50']], ['F', ['51', '52']],
  ['G', ['53', '60']], ['H', ['61', '62']], ['I', ['63', '65']], ['J', ['66', '69']], ['K', ['70', '70']], ['L', ['71', '72']],
  ['M', ['73', '75']], ['N', ['76', '79']], ['O', ['80', '82']], ['P', ['83', '83']], ['Q', ['84', '85']], ['R', ['86', '90']],
  ['S', ['91', '96']], ['T', ['97', '97']],
]);

/** A file's bytes as the intake reads them. */
export function inputOf(content: string | Buffer, format: TableFormat = 'csv') {
  return intakeInput(Readable.from([typeof content === 'string' ? Buffer.from(content, 'utf8') : content]), format);
}

/** A bearer secret and the sha256 the platform stores for it (as identity/secret-token.ts does). */
export function newSecretForTest(): { secret: string; hash: string } {
  const secret = `hq_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: createHash('sha256').update(secret).digest('hex') };
}
