import type { DraftOutcome } from '@huiqi/db';
import { AppError } from '../errors/app-error';

/** Turns a refused lifecycle step into its error code (with the current status when it is the wrong one). */
export function unwrapDraft<T>(o: DraftOutcome<T>): T {
  if (o.ok) return o.value;
  switch (o.reason) {
    case 'NOT_FOUND': throw new AppError('PUBLICATION_DRAFT_NOT_FOUND');
    case 'SAME_OFFICIAL': throw new AppError('PUBLICATION_SAME_OFFICIAL');
    case 'KEY_TAKEN': throw new AppError('PUBLICATION_KEY_TAKEN');
    case 'WRONG_STATUS': throw new AppError('PUBLICATION_WRONG_STATUS', { details: { status: o.status ?? null } });
  }
}
