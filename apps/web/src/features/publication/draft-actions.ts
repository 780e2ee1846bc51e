import type { Me } from '../../api/types';
import type { Draft } from './publication-api';

/** The lifecycle steps the console offers on one policy version. */
export type DraftStep = 'SAVE' | 'SUBMIT' | 'RETURN' | 'PUBLISH' | 'AMEND' | 'WITHDRAW';

/** A step as shown: `refusal` says why a visible step cannot be taken by this user (the button is disabled with that text). */
export interface OfferedStep {
  step: DraftStep;
  refusal?: 'SAME_OFFICIAL';
  /** Needs a note (return, withdraw) or a confirmation (publish, withdraw). */
  needsNote: boolean;
  needsConfirm: boolean;
}

const isAuthoringRole = (me: Me) => me.role === 'DEPARTMENT' || me.role === 'SME_BUREAU';

/** Editing, submitting, amending: an official of the draft's own department (the server checks the same). */
export function canAuthorDraft(me: Me, d: Pick<Draft, 'departmentId'>): boolean {
  return isAuthoringRole(me) && Boolean(me.departmentId) && me.departmentId === d.departmentId;
}

/** Returning, publishing, withdrawing: the SME bureau or an official of the same department. */
export function canReviewDraft(me: Me, d: Pick<Draft, 'departmentId'>): boolean {
  if (me.role === 'SME_BUREAU') return true;
  return me.role === 'DEPARTMENT' && me.departmentId === d.departmentId;
}

/** Whether this user may create drafts at all (auditors and others read only). */
export function canDraft(me: Me): boolean {
  return isAuthoringRole(me) && Boolean(me.departmentId);
}

const offer = (step: DraftStep, refusal?: 'SAME_OFFICIAL'): OfferedStep => ({
  step,
  ...(refusal ? { refusal } : {}),
  needsNote: step === 'RETURN' || step === 'WITHDRAW',
  needsConfirm: step === 'PUBLISH' || step === 'WITHDRAW',
});

/**
 * The steps for this user on this version, by status and role. Publishing is shown to the author
 * too, disabled with the reason: a second official must approve it.
 */
export function offeredSteps(me: Me, d: Pick<Draft, 'status' | 'departmentId' | 'authorUserId'>): OfferedStep[] {
  const author = canAuthorDraft(me, d);
  const reviewer = canReviewDraft(me, d);
  const out: OfferedStep[] = [];
  switch (d.status) {
    case 'DRAFTED':
      if (author) out.push(offer('SAVE'), offer('SUBMIT'));
      if (reviewer) out.push(offer('WITHDRAW'));
      break;
    case 'SUBMITTED_FOR_REVIEW':
      if (reviewer) {
        out.push(offer('PUBLISH', d.authorUserId === me.id ? 'SAME_OFFICIAL' : undefined));
        out.push(offer('RETURN'), offer('WITHDRAW'));
      }
      break;
    case 'PUBLISHED':
      if (author) out.push(offer('AMEND'));
      if (reviewer) out.push(offer('WITHDRAW'));
      break;
    case 'AMENDED':
    case 'WITHDRAWN':
      break;
  }
  return out;
}

/** The form is editable only for a DRAFTED version by its department's officials. */
export function isEditable(me: Me, d: Pick<Draft, 'status' | 'departmentId'>): boolean {
  return d.status === 'DRAFTED' && canAuthorDraft(me, d);
}
