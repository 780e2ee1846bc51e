import { describe, expect, it } from 'vitest';
import { APPEAL_STATUSES, appealStatuses } from '@huiqi/workflows';
import { stageOf, statusFacts } from './appeal-stage';

describe('the facts of an appeal status the web shows', () => {
  it('gives every status a stage, and exactly the final statuses the closed stage', () => {
    const table = Object.fromEntries(APPEAL_STATUSES.map((s) => [s, stageOf(s)]));
    expect(table).toEqual({
      SUBMITTED: 'SUBMITTED', ACCEPTED: 'HANDLING', REJECTED: 'CLOSED', DISPATCHED: 'HANDLING', DISPATCH_DISPUTED: 'HANDLING',
      EXTENSION_REQUESTED: 'HANDLING', INFO_REQUESTED: 'HANDLING', ANSWERED: 'ANSWERED', RATED: 'ANSWERED', CLOSED: 'CLOSED', WITHDRAWN: 'CLOSED',
    });
    for (const s of APPEAL_STATUSES) expect(statusFacts(s).isFinal).toBe(appealStatuses[s].isFinal);
    expect(APPEAL_STATUSES.filter((s) => statusFacts(s).isFinal)).toEqual(['REJECTED', 'CLOSED', 'WITHDRAWN']);
  });
});
