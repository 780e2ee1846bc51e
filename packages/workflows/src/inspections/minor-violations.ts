import { err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import { checkExpr, parseExpr, plan, UNKNOWN, type CheckEnv, type EvalContext, type FactField, type Plan, type Value } from '@huiqi/rules-engine';
import { inspectionError, type InspectionError } from './inspection-error';

/**
 * 轻微免罚 and 首违不罚 as data: a department's list of minor violations (轻微违法行为免予处罚清单)
 * with the conditions of each outcome written in the rules language over the facts of a finding,
 * each citing its article. The list file is `rules/inspections/minor-violations.yaml`; this module
 * checks and compiles it (no I/O) and answers for one finding, three-valued:
 *
 *   行政处罚法 第三十三条第一款 / 深圳条例 第六十九条:
 *   「违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。」 → NO_PENALTY (mandatory)
 *   「初次违法且危害后果轻微并及时改正的，可以不予行政处罚。」 → MAY_WAIVE (the department decides)
 *
 * An answer is UNKNOWN while a fact it needs is not recorded (the missing facts are named), and
 * PENALTY_NOT_EXCLUDED when no rule of the entry holds — which is not a finding that a penalty is due.
 * `firstViolation` comes from the enterprise's history (no earlier result with a finding of the same
 * entry), never from the inspector's word.
 */
export const FINDING_FACTS: Record<string, FactField> = {
  correctedInTime: { type: 'bool', group: 'declared', label: { zh: '及时改正', en: 'corrected in time' } },
  harmfulConsequence: { type: 'bool', group: 'declared', label: { zh: '造成了危害后果', en: 'caused harmful consequences' } },
  harmMinor: { type: 'bool', group: 'declared', label: { zh: '危害后果轻微', en: 'harmful consequences were minor' } },
  firstViolation: { type: 'bool', group: 'declared', label: { zh: '初次违法（企业此前没有同一事项的违法记录）', en: 'first violation (no earlier finding of the same kind)' } },
};

export const PENALTY_OUTCOMES = ['NO_PENALTY', 'MAY_WAIVE'] as const;
export type PenaltyOutcome = (typeof PENALTY_OUTCOMES)[number];

/** The list file as read from YAML (validated here). */
export interface MinorViolationFile {
  rules: { outcome: string; when: string; label: { zh: string; en: string }; cites: string[] }[];
  lists: { department: string; entries: { id: string; name: string; cites: string[]; unverified?: boolean; note?: string }[] }[];
}

export interface MinorViolationEntry {
  id: string;
  departmentId: string;
  name: string;
  cites: string[];
  unverified: boolean;
  note: string | null;
}

interface CompiledRule {
  outcome: PenaltyOutcome;
  when: string;
  label: { zh: string; en: string };
  cites: string[];
  run: Plan;
}

export interface MinorViolationCatalogue {
  entries: MinorViolationEntry[];
  rules: readonly CompiledRule[];
}

export type PenaltyAssessmentStatus = PenaltyOutcome | 'PENALTY_NOT_EXCLUDED' | 'UNKNOWN';

export interface PenaltyAssessment {
  entryId: string;
  status: PenaltyAssessmentStatus;
  /** Each rule with its answer (true / false / unknown) and citations, in the order of the file. */
  explanation: { outcome: PenaltyOutcome; label: { zh: string; en: string }; holds: boolean | 'UNKNOWN'; cites: string[] }[];
  /** The list entry's own citations (the local list). */
  cites: string[];
  missing: string[];
}

const env: CheckEnv = { fact: (name) => FINDING_FACTS[name], variable: () => undefined, param: () => undefined };

/**
 * Checks and compiles the list file: every rule parses and type-checks as a condition over
 * `FINDING_FACTS`, every citation resolves (`resolves`), entry ids are unique. Errors name the place.
 */
export function compileMinorViolations(file: MinorViolationFile, resolves: (address: string) => boolean): Result<MinorViolationCatalogue, InspectionError[]> {
  const errors: InspectionError[] = [];
  const bad = (where: string, zh: string, en: string) => errors.push(inspectionError('PAYLOAD_INVALID', `${where}：${zh}`, `${where}: ${en}`, { where }));
  const checkCites = (where: string, cites: unknown) => {
    if (!Array.isArray(cites) || cites.length === 0) bad(where, '缺少引用条文 cites', 'no citations (cites)');
    else for (const c of cites) if (typeof c !== 'string' || !resolves(c)) bad(where, `引用的条文「${String(c)}」在法规库中找不到`, `the citation "${String(c)}" does not resolve in the law library`);
  };
  const rules: CompiledRule[] = [];
  (file.rules ?? []).forEach((r, i) => {
    const where = `rules[${i}]`;
    if (!(PENALTY_OUTCOMES as readonly string[]).includes(r.outcome)) bad(where, `结果应为 ${PENALTY_OUTCOMES.join('、')}`, `outcome must be one of ${PENALTY_OUTCOMES.join(', ')}`);
    checkCites(where, r.cites);
    const parsed = parseExpr(String(r.when ?? ''));
    if (!parsed.ok) return bad(where, parsed.error.message.zh, parsed.error.message.en);
    const checked = checkExpr(parsed.value, env, 'bool');
    if (!checked.ok) return bad(where, checked.error.message.zh, checked.error.message.en);
    rules.push({ outcome: r.outcome as PenaltyOutcome, when: r.when, label: r.label, cites: r.cites, run: plan(checked.value) });
  });
  const entries: MinorViolationEntry[] = [];
  const seen = new Set<string>();
  for (const list of file.lists ?? [])
    for (const e of list.entries ?? []) {
      const where = `lists[${list.department}].${e.id}`;
      if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(String(e.id))) bad(where, '编号应为小写字母、数字和连字符', 'the id must be lowercase letters, digits and hyphens');
      if (seen.has(e.id)) bad(where, '编号重复', 'duplicate id');
      seen.add(e.id);
      checkCites(where, e.cites);
      entries.push({ id: e.id, departmentId: list.department, name: e.name, cites: e.cites, unverified: e.unverified === true, note: e.note ?? null });
    }
  return errors.length > 0 ? err(errors) : ok({ entries, rules });
}

/** The answer for one finding of `entryId`: NO_PENALTY before MAY_WAIVE; UNKNOWN if an undecided rule could still give one. */
export function assessFinding(catalogue: MinorViolationCatalogue, entryId: string, facts: Partial<Record<keyof typeof FINDING_FACTS, boolean>>, asOf: PlainDate): Result<PenaltyAssessment, InspectionError> {
  const entry = catalogue.entries.find((e) => e.id === entryId);
  if (!entry) return err(inspectionError('PAYLOAD_INVALID', `轻微违法行为清单中没有「${entryId}」`, `no entry "${entryId}" in the list of minor violations`, { entryId }));
  const missing: string[] = [];
  const ctx: EvalContext = { facts: facts as Record<string, boolean | undefined>, asOf, param: () => null, variable: (): Value => UNKNOWN, sizeClass: (): Value => UNKNOWN, missing };
  const explanation = catalogue.rules.map((r) => {
    const v = r.run(ctx);
    return { outcome: r.outcome, label: r.label, holds: v === UNKNOWN ? ('UNKNOWN' as const) : v === true, cites: r.cites };
  });
  let status: PenaltyAssessmentStatus = 'PENALTY_NOT_EXCLUDED';
  for (const outcome of PENALTY_OUTCOMES) {
    const answers = explanation.filter((x) => x.outcome === outcome);
    if (answers.some((x) => x.holds === true)) {
      status = outcome;
      break;
    }
    if (answers.some((x) => x.holds === 'UNKNOWN')) {
      status = 'UNKNOWN';
      break;
    }
  }
  return ok({ entryId, status, explanation, cites: entry.cites, missing: [...new Set(missing)] });
}
