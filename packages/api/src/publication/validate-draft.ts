import { definePolicy } from '@huiqi/matching';
import type { PolicyDraftContent } from '@huiqi/db';
import { addDays, parsePlainDate, type BilingualText } from '@huiqi/kernel';
import type { PolicyDef } from '@huiqi/rules-engine';
import { AppError } from '../errors/app-error';
import { getRules } from '../rules/rule-base';

/**
 * Builds a draft's policy through the rules engine (parser, type checker) with `jurisdiction` as
 * the rule base's jurisdiction id: conditions and the amount (whole fen), the first error naming
 * the condition (or `amount`) and the character position, in Chinese and English (422
 * PUBLICATION_CONDITION_INVALID). `effectiveUntil` is the last day in force (the engine's `until`
 * is the day after). `department` names the issuing department in answers (default: its id).
 */
export async function policyOfDraft(key: string, c: PolicyDraftContent, jurisdiction: string = c.jurisdiction, department?: BilingualText): Promise<PolicyDef> {
  const { rb } = await getRules();
  const from = parsePlainDate(c.effectiveFrom);
  const until = c.effectiveUntil ? parsePlainDate(c.effectiveUntil) : null;
  if (!from || (c.effectiveUntil && !until)) throw new AppError('VALIDATION_FAILED', { message: { zh: '生效日期格式应为 YYYY-MM-DD', en: 'Effective dates must be YYYY-MM-DD' } });
  if (until && until < from) throw new AppError('VALIDATION_FAILED', { message: { zh: '失效日期不能早于生效日期', en: 'The end date cannot be before the start date' } });
  const ids = new Set<string>();
  for (const cond of c.conditions) {
    if (ids.has(cond.id)) throw new AppError('VALIDATION_FAILED', { message: { zh: `条件编号重复：${cond.id}`, en: `Duplicate condition id: ${cond.id}` } });
    ids.add(cond.id);
  }
  const r = definePolicy(rb, {
    id: key,
    title: { zh: c.titleZh, en: c.titleEn },
    jurisdiction,
    cite: c.conditions[0]?.cite ?? '',
    conditions: c.conditions.map((x) => ({ id: x.id, label: { zh: x.labelZh, en: x.labelEn }, when: x.when, cite: x.cite })),
    amount: c.amount ? { label: { zh: c.amount.labelZh, en: c.amount.labelEn }, formula: c.amount.formula, cite: c.amount.cite } : null,
    from,
    until: until ? addDays(until, 1) : null,
    department: department ?? { zh: c.departmentId, en: c.departmentId },
    channel: c.channel,
    ruleSet: 'authored',
  });
  if (!r.ok) throw new AppError('PUBLICATION_CONDITION_INVALID', { message: r.error });
  return r.value;
}

/** Checks a draft's conditions and amount (see policyOfDraft). */
export async function validateDraftConditions(key: string, c: PolicyDraftContent): Promise<void> {
  await policyOfDraft(key, c);
}
