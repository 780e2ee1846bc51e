import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRulesDir } from '@huiqi/rules-engine';
import { compileMinorViolations, type MinorViolationCatalogue, type MinorViolationFile } from '@huiqi/workflows';
import { parse } from 'yaml';
import { lawLibrary } from '../law/law-library';

/** `rules/inspections/minor-violations.yaml`, relative to the rule base. */
export const MINOR_VIOLATIONS_FILE = join('inspections', 'minor-violations.yaml');

let cached: MinorViolationCatalogue | null = null;

/**
 * The checked list of minor violations (轻微免罚/首违不罚). Read once; a rule that does not check or a
 * citation that does not resolve in the law library throws with the place, so the module's
 * registration (at server start) fails rather than answer from a broken list.
 */
export function minorViolationCatalogue(): MinorViolationCatalogue {
  if (cached) return cached;
  const path = join(defaultRulesDir(), MINOR_VIOLATIONS_FILE);
  const file = parse(readFileSync(path, 'utf8')) as MinorViolationFile;
  const lib = lawLibrary();
  const compiled = compileMinorViolations(file, (address) => Boolean(lib.resolve(address)));
  if (!compiled.ok) throw new Error(`rules/${MINOR_VIOLATIONS_FILE}:\n${compiled.error.map((e) => `  ${e.message.zh} / ${e.message.en}`).join('\n')}`);
  cached = compiled.value;
  return cached;
}
