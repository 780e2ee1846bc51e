import { bi, err, ok, parsePlainDate, type BilingualText, type Fen, type PlainDate, type Result } from '@huiqi/kernel';
import type { Declaration } from './declaration';
import type { BidEvaluation, BidsEvaluation } from './evaluate-bids';
import { renderDeclarationHtml, renderDeclarationText } from './render-declaration';
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

function preferenceOf(e: BidsEvaluation, w: BidEvaluation): BilingualText | null {
  if (e.reservedForSme) return bi('本项目（采购包）专门面向中小企业采购', 'the project (lot) was reserved for SMEs');
  if (w.preference === 'SMALL_MICRO_DEDUCTION') return bi(`小微企业价格扣除 ${w.deductionRate}`, `small-micro price deduction ${w.deductionRate}`);
  if (w.preference === 'CONSORTIUM_DEDUCTION') return bi(`联合体或分包价格扣除 ${w.deductionRate}`, `consortium or subcontract price deduction ${w.deductionRate}`);
  return null;
}

/**
 * Builds the public award notice. When the award used an SME preference the winner's 声明函 is
 * published with it (the 46号 template notes: 公告成交结果时同时公告), so it is then required.
 */
export function buildAwardNotice(input: AwardInput): Result<AwardNotice, ProcurementInputError[]> {
  const errors: ProcurementInputError[] = [];
  const bad = (code: ProcurementInputError['code'], field: string, zh: string, en: string) => errors.push({ code, field, message: bi(`${field}：${zh}`, `${field}: ${en}`) });
  const date = typeof input.date === 'string' ? parsePlainDate(input.date) : null;
  if (!date) bad('INVALID_FIELD', 'date', '须为 YYYY-MM-DD', 'must be YYYY-MM-DD');
  if (!input.projectName?.trim()) bad('INVALID_FIELD', 'projectName', '须填写项目名称', 'the project name is required');
  if (!input.purchaser?.trim()) bad('INVALID_FIELD', 'purchaser', '须填写采购人', 'the purchaser is required');
  if (!input.winnerName?.trim()) bad('INVALID_FIELD', 'winnerName', '须填写中标（成交）供应商名称', 'the winning supplier name is required');
  const w = input.evaluation?.bids?.find((b) => b.id === input.winnerId);
  if (!w) bad('INVALID_FIELD', 'winnerId', `评审结果中没有投标 ${shownValue(input.winnerId)}`, `no bid ${shownValue(input.winnerId)} in the evaluation`);
  if (errors.length) return err(errors);
  const winner = w!;
  const pref = preferenceOf(input.evaluation, winner);
  const decl = input.declaration ?? null;
  if (pref && !decl) bad('DECLARATION_REQUIRED', 'declaration', '中标（成交）供应商享受了中小企业扶持政策，须随结果公告其中小企业声明函', 'the winner used an SME preference, so its SME declaration must be published with the award');
  if (pref && decl && decl.supplier.name !== input.winnerName) bad('INVALID_FIELD', 'declaration.supplier.name', `声明函的供应商「${decl.supplier.name}」与中标供应商「${input.winnerName}」不一致`, `the declaration's supplier "${decl.supplier.name}" is not the winner "${input.winnerName}"`);
  if (errors.length) return err(errors);
  const notes: BilingualText[] = [];
  if (!pref && decl) notes.push(bi('未享受中小企业扶持政策，声明函不随结果公告', 'no SME preference was used, so the declaration is not published'));
  if (winner.rank !== 1) notes.push(bi(`中标投标的评审价格排名第 ${winner.rank}（综合评分时价格只是评审因素之一）`, `the winning bid's evaluated price ranks ${winner.rank} (price is one factor under comprehensive scoring)`));
  return ok({
    projectName: input.projectName,
    purchaser: input.purchaser,
    date: date!,
    winner: { id: winner.id, name: input.winnerName, priceFen: winner.priceFen, evaluatedPriceFen: winner.evaluatedPriceFen, deductionRate: winner.deductionRate, reason: winner.reason, citations: winner.citations, rank: winner.rank },
    usedSmePreference: pref !== null,
    smePreference: pref ?? bi('未享受中小企业扶持政策', 'no SME preference used'),
    declaration: pref && decl ? { text: renderDeclarationText(decl), html: renderDeclarationHtml(decl) } : null,
    notes,
  });
}
