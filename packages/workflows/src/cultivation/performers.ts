import type { RecognitionActor } from './actor';
import type { RecognitionApplication } from './recognition';
import type { RecognitionPerformer } from './transition-table';

/** The roles `actor` holds on application `c`. */
export function recognitionPerformersOf(actor: RecognitionActor, c: RecognitionApplication): Set<RecognitionPerformer> {
  const out = new Set<RecognitionPerformer>();
  if (actor.kind === 'SYSTEM') return out.add('SYSTEM');
  out.add('PUBLIC');
  if (actor.kind === 'ENTERPRISE' && actor.uscc === c.uscc) out.add('APPLICANT');
  if (actor.kind === 'OFFICER') out.add(actor.districtId === null ? 'CITY' : actor.districtId === c.district ? 'DISTRICT' : 'PUBLIC');
  if (actor.kind === 'EXPERT' && c.draw?.assigned.some((x) => x.id === actor.id)) out.add('EXPERT');
  return out;
}
