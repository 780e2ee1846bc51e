import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { canDraft, isEditable, offeredSteps } from './draft-actions';
import type { Draft } from './publication-api';

const me = (id: string, role: Me['role'], departmentId: string | null): Me => ({ id, username: id, displayName: id, role, jurisdiction: 'cn-gd-sz', isDemo: false, ...(departmentId === null ? {} : { departmentId }) });
const author = me('u-author', 'SME_BUREAU', 'dept-sme');
const second = me('u-second', 'SME_BUREAU', 'dept-sme');
const miit = me('u-miit', 'DEPARTMENT', 'dept-miit');
const auditor = me('u-aud', 'AUDITOR', null);
const draft = (status: Draft['status']) => ({ status, departmentId: 'dept-sme', authorUserId: 'u-author' });
const steps = (who: Me, status: Draft['status']) => offeredSteps(who, draft(status)).map((s) => (s.refusal ? `${s.step}:${s.refusal}` : s.step));

describe('lifecycle steps by status and role', () => {
  it('lets the department save and submit a draft; reviewers may withdraw it', () => {
    expect(steps(author, 'DRAFTED')).toEqual(['SAVE', 'SUBMIT', 'WITHDRAW']);
    expect(steps(miit, 'DRAFTED')).toEqual([]);
    expect(steps(auditor, 'DRAFTED')).toEqual([]);
  });

  it('shows the author why they cannot publish: a second official must approve', () => {
    expect(steps(author, 'SUBMITTED_FOR_REVIEW')).toEqual(['PUBLISH:SAME_OFFICIAL', 'RETURN', 'WITHDRAW']);
    expect(steps(second, 'SUBMITTED_FOR_REVIEW')).toEqual(['PUBLISH', 'RETURN', 'WITHDRAW']);
    expect(steps(miit, 'SUBMITTED_FOR_REVIEW')).toEqual([]);
  });

  it('offers amend and withdraw on a published policy, nothing on a closed one', () => {
    expect(steps(second, 'PUBLISHED')).toEqual(['AMEND', 'WITHDRAW']);
    expect(steps(second, 'AMENDED')).toEqual([]);
    expect(steps(second, 'WITHDRAWN')).toEqual([]);
    // The SME bureau reviews every department's policies but amends only its own.
    expect(offeredSteps(second, { status: 'PUBLISHED', departmentId: 'dept-miit', authorUserId: 'u-miit' }).map((s) => s.step)).toEqual(['WITHDRAW']);
  });

  it('asks for a note on return and withdraw, and a confirmation on publish and withdraw', () => {
    const byStep = Object.fromEntries(offeredSteps(second, draft('SUBMITTED_FOR_REVIEW')).map((s) => [s.step, [s.needsNote, s.needsConfirm]]));
    expect(byStep).toEqual({ PUBLISH: [false, true], RETURN: [true, false], WITHDRAW: [true, true] });
  });

  it('edits only drafted versions of the own department; auditors never draft', () => {
    expect(isEditable(author, draft('DRAFTED'))).toBe(true);
    expect(isEditable(author, draft('SUBMITTED_FOR_REVIEW'))).toBe(false);
    expect(isEditable(miit, draft('DRAFTED'))).toBe(false);
    expect(canDraft(miit)).toBe(true);
    expect(canDraft(auditor)).toBe(false);
  });
});
