import { err, ok, type BilingualText, type Result } from '@huiqi/kernel';
import { PUBLIC_CREDIT_ARTICLES } from './articles';
import type { MarkCorrection, ObjectionHandling } from './objection';
import { publicCreditError, type PublicCreditError } from './public-credit-error';

/**
 * What an upheld objection does to the mark (社会信用条例 第五十一条第四款): 更正 makes the corrected content a new
 * version of the mark (the old one kept, no longer published or shared), 补充 adds information shown with the
 * mark, 停止公开 stops its publication and sharing at once. A dismissed objection changes nothing.
 * Persisted codes (`credit_mark_changes.kind`), never renamed.
 */
export const MARK_CHANGE_KINDS = ['CORRECTED', 'SUPPLEMENTED', 'PUBLICATION_STOPPED'] as const;
export type MarkChangeKind = (typeof MARK_CHANGE_KINDS)[number];

export type MarkChange =
  | { kind: 'CORRECTED'; correction: MarkCorrection }
  | { kind: 'SUPPLEMENTED'; supplement: string }
  | { kind: 'PUBLICATION_STOPPED' };

/** The item of 第五十一条第四款 each handling carries out. */
export const MARK_CHANGE_ARTICLES: Record<MarkChangeKind, string> = {
  CORRECTED: PUBLIC_CREDIT_ARTICLES.objectionCorrect,
  SUPPLEMENTED: PUBLIC_CREDIT_ARTICLES.objectionSupplement,
  PUBLICATION_STOPPED: PUBLIC_CREDIT_ARTICLES.objectionStopPublication,
};

const FINDING_LIMIT = 4200;
const NAME_LIMIT = 200;
const SUPPLEMENT_LIMIT = 2000;
const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

/**
 * The change a handling makes, checked against the mark's current content: a correction must name the full
 * corrected content and differ from it; a supplement must say something; 停止公开 takes no content.
 */
export function markChangeFor(
  handling: ObjectionHandling,
  current: MarkCorrection,
  input: { correction?: Partial<MarkCorrection> | null; supplement?: string | null },
): Result<MarkChange, PublicCreditError> {
  const hasCorrection = input.correction !== null && input.correction !== undefined;
  const hasSupplement = !blank(input.supplement);
  if (handling === 'CORRECTED') {
    if (hasSupplement) return err(contentNotExpected('supplement'));
    const finding = (input.correction?.finding ?? current.finding).trim();
    const subjectName = (input.correction?.subjectName ?? current.subjectName).trim();
    if (!hasCorrection || finding === '' || subjectName === '' || finding.length > FINDING_LIMIT || subjectName.length > NAME_LIMIT
      || (finding === current.finding && subjectName === current.subjectName)) {
      return err(publicCreditError('CREDIT_OBJECTION_CORRECTION_REQUIRED', 'correction', '予以更正的，请填写更正后的内容（与原内容不同）', 'Give the corrected content (different from the current one)'));
    }
    return ok({ kind: 'CORRECTED', correction: { finding, subjectName } });
  }
  if (hasCorrection) return err(contentNotExpected('correction'));
  if (handling === 'SUPPLEMENTED') {
    const supplement = (input.supplement ?? '').trim();
    if (supplement === '' || supplement.length > SUPPLEMENT_LIMIT) {
      return err(publicCreditError('CREDIT_OBJECTION_SUPPLEMENT_REQUIRED', 'supplement', `予以补充的，请填写补充的信息（不超过 ${SUPPLEMENT_LIMIT} 字）`, `Give the supplementary information (at most ${SUPPLEMENT_LIMIT} characters)`));
    }
    return ok({ kind: 'SUPPLEMENTED', supplement });
  }
  if (hasSupplement) return err(contentNotExpected('supplement'));
  return ok({ kind: 'PUBLICATION_STOPPED' });
}

const contentNotExpected = (field: string) =>
  publicCreditError('CREDIT_OBJECTION_CONTENT_NOT_EXPECTED', field, '该处理方式不需要填写更正或补充的内容', 'This handling takes no corrected or supplementary content');

/** One stored change, in order. */
export interface StoredMarkChange {
  seq: number;
  objectionId: string;
  at: string;
  change: MarkChange;
}

/** The mark as its changes leave it: the current version, every version, the supplements, and whether publication was stopped. */
export interface MarkContent {
  version: number;
  current: MarkCorrection;
  versions: { version: number; content: MarkCorrection; from: string | null; objectionId: string | null }[];
  supplements: { text: string; at: string; objectionId: string }[];
  publicationStoppedAt: string | null;
}

export function foldMarkChanges(original: MarkCorrection & { recordedAt: string }, changes: readonly StoredMarkChange[]): MarkContent {
  const versions: MarkContent['versions'] = [{ version: 1, content: { finding: original.finding, subjectName: original.subjectName }, from: original.recordedAt, objectionId: null }];
  const supplements: MarkContent['supplements'] = [];
  let publicationStoppedAt: string | null = null;
  for (const c of [...changes].sort((a, b) => a.seq - b.seq)) {
    if (c.change.kind === 'CORRECTED') versions.push({ version: versions.length + 1, content: c.change.correction, from: c.at, objectionId: c.objectionId });
    if (c.change.kind === 'SUPPLEMENTED') supplements.push({ text: c.change.supplement, at: c.at, objectionId: c.objectionId });
    if (c.change.kind === 'PUBLICATION_STOPPED') publicationStoppedAt ??= c.at;
  }
  const last = versions[versions.length - 1]!;
  return { version: last.version, current: last.content, versions, supplements, publicationStoppedAt };
}

/** 第五十条: the flag on a mark while an objection to it is being handled, in plain words. */
export const OBJECTION_FLAG_LABEL: BilingualText = {
  zh: '异议处理中：被记录的企业对本条信息提出了异议，提供信息的单位正在核查处理',
  en: 'Under objection: the enterprise named has objected to this information and the providing unit is checking it',
};
