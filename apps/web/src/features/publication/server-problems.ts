import { ApiError } from '../../api/api-error';
import { errorMessage } from '../../api/error-message';
import { pickText } from '../../i18n/bilingual';
import type { Language } from '../../i18n/language';

/** Where a refused save is shown: above the form, and beside the condition or amount it names. */
export interface SaveProblems {
  general: string;
  conditions: Record<number, string>;
  amount: string | null;
}

/** The id the server names, in `details` when it sends one, else at the start of its message: `revenue（第 9 个字符）…` / `revenue (at 9) …`. */
function namedPart(error: ApiError): string | null {
  const d = error.details;
  if (typeof d === 'object' && d !== null) {
    const named = (d as { conditionId?: unknown; field?: unknown }).conditionId ?? (d as { field?: unknown }).field;
    if (typeof named === 'string') return named;
  }
  const m = error.serverMessage ? /^([a-z][a-z0-9_-]*)(?:\uff08| \()/.exec(error.serverMessage.zh) ?? /^([a-z][a-z0-9_-]*) \(/.exec(error.serverMessage.en) : null;
  return m ? m[1]! : null;
}

/**
 * A failed save → the messages to show. A condition the type checker refused (422 with the
 * position) is marked on that condition; the form keeps everything the user typed.
 */
export function placeServerError(error: unknown, language: Language, conditionIds: readonly string[]): SaveProblems {
  const general = errorMessage(error, language);
  const out: SaveProblems = { general, conditions: {}, amount: null };
  if (!(error instanceof ApiError) || error.status !== 422) return out;
  const named = namedPart(error);
  if (!named) return out;
  const text = error.serverMessage ? pickText(error.serverMessage, language) : general;
  const index = conditionIds.indexOf(named);
  if (index >= 0) out.conditions[index] = text;
  else if (named === 'amount') out.amount = text;
  return out;
}
