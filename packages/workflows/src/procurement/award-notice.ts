import { err, ok, parsePlainDate, type BilingualText, type Fen, type PlainDate, type Result } from '@huiqi/kernel';
import type { Declaration } from './declaration';
import type { BidEvaluation, BidsEvaluation } from './evaluate-bids';
import { renderDeclarationHtml, renderDeclarationText } from './render-declaration';
import { awardPreferenceText, fieldError, procurementNoteText, type AwardPreference, type ProcurementFieldProblem } from './procurement-reasons';
import type { ProcurementInputError } from './types';
import { shownValue } from './shown-value';

export interface AwardInput {
  projectName: string;
  purchaser: string;
  /** Date of the award announcement. */
  date: PlainDate | string;
  evaluation: BidsEvaluation;
  winnerId: string;
  winnerName: string;
  /** The winner's 中小企业声明函; required when the award used an SME preference. */
  declaration?: Declaration | null;
}

/** What the public sees with an award: the winner, the SME preference used, and the declaration published with it. */
export interface AwardNotice {
  projectName: string;
  purchaser: string;
  date: PlainDate;
  winner: { id: string; name: string; priceFen: Fen; evaluatedPriceFen: Fen; deductionRate: string; reason: BilingualText; citations: string[]; rank: number };
  /** True when the winner benefited from an SME policy (a reserved project or a price deduction). */
  usedSmePreference: boolean;
  smePreference: BilingualText;
  declaration: { text: string; html: string } | null;
  notes: BilingualText[];
}

function preferenceOf(e: BidsEvaluation, w: BidEvaluation): AwardPreference | null {
  if (e.reservedForSme) return { code: 'AWARD_RESERVED_PROJECT' };
  if (w.preference === 'SMALL_MICRO_DEDUCTION') return { code: 'AWARD_SMALL_MICRO_DEDUCTION', rate: w.deductionRate };
  if (w.preference === 'CONSORTIUM_DEDUCTION') return { code: 'AWARD_SHARE_DEDUCTION', rate: w.deductionRate };
  return null;
}

/**
 * Builds the public award notice. When the award used an SME preference the winner's 声明函 is
 * published with it (the 46号 template notes: 公告成交结果时同时公告), so it is then required.
 */
export function buildAwardNotice(input: AwardInput): Result<AwardNotice, ProcurementInputError[]> {
  const errors: ProcurementInputError[] = [];
  const bad = (code: ProcurementInputError['code'], field: string, problem: ProcurementFieldProblem) => errors.push(fieldError(field, problem, code));
  const date = typeof input.date === 'string' ? parsePlainDate(input.date) : null;
  if (!date) bad('INVALID_FIELD', 'date', { code: 'DATE_FORMAT_EXPECTED' });
  if (!input.projectName?.trim()) bad('INVALID_FIELD', 'projectName', { code: 'REQUIRED', what: 'PROJECT_NAME' });
  if (!input.purchaser?.trim()) bad('INVALID_FIELD', 'purchaser', { code: 'REQUIRED', what: 'PURCHASER' });
  if (!input.winnerName?.trim()) bad('INVALID_FIELD', 'winnerName', { code: 'REQUIRED', what: 'WINNER_NAME' });
  const w = input.evaluation?.bids?.find((b) => b.id === input.winnerId);
  if (!w) bad('INVALID_FIELD', 'winnerId', { code: 'WINNER_NOT_IN_EVALUATION', shown: shownValue(input.winnerId) });
  if (errors.length) return err(errors);
  const winner = w!;
  const pref = preferenceOf(input.evaluation, winner);
  const decl = input.declaration ?? null;
  if (pref && !decl) bad('DECLARATION_REQUIRED', 'declaration', { code: 'DECLARATION_REQUIRED' });
  if (pref && decl && decl.supplier.name !== input.winnerName) bad('INVALID_FIELD', 'declaration.supplier.name', { code: 'DECLARATION_SUPPLIER_NOT_WINNER', declared: decl.supplier.name, winner: input.winnerName });
  if (errors.length) return err(errors);
  const notes: BilingualText[] = [];
  if (!pref && decl) notes.push(procurementNoteText({ code: 'DECLARATION_NOT_PUBLISHED' }));
  if (winner.rank !== 1) notes.push(procurementNoteText({ code: 'WINNER_NOT_LOWEST', rank: winner.rank }));
  return ok({
    projectName: input.projectName,
    purchaser: input.purchaser,
    date: date!,
    winner: { id: winner.id, name: input.winnerName, priceFen: winner.priceFen, evaluatedPriceFen: winner.evaluatedPriceFen, deductionRate: winner.deductionRate, reason: winner.reason, citations: winner.citations, rank: winner.rank },
    usedSmePreference: pref !== null,
    smePreference: awardPreferenceText(pref ?? { code: 'AWARD_NO_PREFERENCE' }),
    declaration: pref && decl ? { text: renderDeclarationText(decl), html: renderDeclarationHtml(decl) } : null,
    notes,
  });
}
