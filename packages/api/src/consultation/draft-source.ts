import { getPolicyDraft, type Database } from '@huiqi/db';
import type { ConsultationActor, DraftKind, DraftRef } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { lawLibrary } from '../law/law-library';
import { CONSOLE_POLICY_WORK_PREFIX, consolePolicyText } from './console-policy-text';
import { draftTree } from './consultation-runtime';

/** Statuses of a console policy version that may be put to consultation (not one withdrawn or replaced). */
const CONSULTABLE = new Set(['DRAFTED', 'SUBMITTED_FOR_REVIEW', 'PUBLISHED']);

const notFound = () => new AppError('CONSULTATION_DRAFT_NOT_FOUND', { details: { field: 'draft' } });

/**
 * The draft a consultation is opened on, checked: a version of the law library, or a policy version
 * of the console (drafted, in review or published; only by its own department), whose title and
 * text (条/项, `consolePolicyText`) are fixed in the opening action.
 */
export async function draftSourceFor(db: Database, actor: ConsultationActor, draft: { kind: DraftKind; workId: string; versionId: string }): Promise<{ draft: DraftRef; jurisdiction: string }> {
  if (draft.kind !== 'CONSOLE_POLICY') {
    const work = lawLibrary().work(draft.workId);
    if (!work || !draftTree(draft.workId, draft.versionId)) throw notFound();
    return { draft: { kind: draft.kind, workId: draft.workId, versionId: draft.versionId }, jurisdiction: work.jurisdiction };
  }
  const policy = await getPolicyDraft(db, draft.versionId);
  if (!policy || !CONSULTABLE.has(policy.status)) throw notFound();
  if (policy.departmentId !== actor.departmentId) {
    throw new AppError('FORBIDDEN', { message: { zh: '只能就本部门起草的政策征求意见', en: 'Only the department that drafted the policy may consult on it' } });
  }
  return {
    draft: { kind: 'CONSOLE_POLICY', workId: `${CONSOLE_POLICY_WORK_PREFIX}${policy.policyKey}`, versionId: policy.id, title: policy.titleZh, text: consolePolicyText(policy) },
    jurisdiction: policy.jurisdiction,
  };
}
