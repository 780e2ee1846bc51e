import { findFundPolicy, findSharedFacts, FIRST_LOAN_POLICY_ID, FIRST_LOAN_POLICY_IDS, type Database } from '@huiqi/db';
import { formatMoney, today, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { factField } from '@huiqi/rules-engine';
import { assessPolicy, type Assessment } from '../benefits/benefit-assessment';
import { AppError } from '../errors/app-error';
import { lawLibrary } from '../law/law-library';
import { getRules } from '../rules/rule-base';

const FACTS = ['isFirstLoan', 'firstLoanFromShenzhenBank', 'firstLoanDate', 'firstLoanPrincipal', 'firstLoanMonths'] as const;

/** What the enterprise is shown about the first-loan subsidy its banks' loan records feed. */
export interface FirstLoanSubsidyView {
  /** The first-loan policy shown: the one in force on the day among those a fund pays (else the 2023 measure). */
  policyId: string;
  title: BilingualText;
  /** The facts taken from the loan records, as words (money in 元, yes/no), with their labels. */
  facts: { fact: string; label: BilingualText; value: BilingualText }[];
  /** 数据来源: the bank, when its record was entered, the grant date. */
  source: string;
  /** How the fund offers it (免申即享 / 申报), or null when no fund pays it. */
  channel: 'NO_APPLICATION' | 'ONLINE_APPLICATION' | null;
  /** The rules' answer on these facts and the registry, as the bureau's 数据比对 would compute it today; null without a fund. */
  assessment: { status: Assessment['status']; amountFen: number | null; assessedOn: PlainDate; reasons: BilingualText[]; basis: string[] } | null;
}

function shown(fact: string, v: unknown): BilingualText {
  if (typeof v === 'boolean') return v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  if (fact === 'firstLoanPrincipal' && typeof v === 'number') return { zh: formatMoney(v, 'zh'), en: formatMoney(v, 'en') };
  if (fact === 'firstLoanMonths') return { zh: `${String(v)} 个月`, en: `${String(v)} months` };
  return { zh: String(v), en: String(v) };
}

/**
 * The enterprise's first-loan facts (derived from the loans its banks recorded) with their source,
 * and the first-loan subsidy evaluated on them by the same assessment the benefits module's 数据比对
 * uses: the policy in force on `on` that a fund pays (sz-first-loan-interest-subsidy after 2023), else
 * the one a fund pays (深工信〔2023〕26号 第5项, assessed as of its fund year); null when no bank recorded a loan.
 */
export async function firstLoanSubsidyFor(db: Database, uscc: string, on: PlainDate = today()): Promise<FirstLoanSubsidyView | null> {
  const { rb } = await getRules();
  const inForce = (id: string) => rb.policies.get(id)?.versions.some((v) => v.from <= on && (v.until === null || on < v.until)) ?? false;
  const linked = (await Promise.all(FIRST_LOAN_POLICY_IDS.map(async (id) => ({ id, link: await findFundPolicy(db, id) })))).filter((x) => x.link !== null);
  // 深工信〔2023〕26号 第5项 applies to 2023 only: a fund paying the current policy is preferred on any later day.
  const chosen = linked.find((x) => inForce(x.id)) ?? linked[0] ?? { id: FIRST_LOAN_POLICY_ID, link: null };
  const shared = await findSharedFacts(db, uscc, chosen.id);
  if (!shared) return null;
  const policy = rb.policies.get(chosen.id);
  const head = { policyId: chosen.id, title: policy?.title ?? { zh: chosen.id, en: chosen.id } };
  const facts = FACTS.filter((f) => f in shared.facts).map((fact) => ({ fact, label: factField(fact)?.label ?? { zh: fact, en: fact }, value: shown(fact, shared.facts[fact]) }));
  const link = chosen.link;
  if (!link) return { ...head, facts, source: shared.source, channel: null, assessment: null };
  try {
    const a = await assessPolicy(db, uscc, link, on);
    const lib = lawLibrary();
    const basis = [...new Set(a.citations.map((c) => lib.resolve(c.address)).filter((r) => r !== null && r !== undefined).map((r) => `《${r.title}》${r.citation}`))];
    return { ...head, facts, source: shared.source, channel: link.channel, assessment: { status: a.status, amountFen: a.amountFen, assessedOn: a.assessedOn, reasons: a.reasons, basis } };
  } catch (e) {
    if (e instanceof AppError) return { ...head, facts, source: shared.source, channel: link.channel, assessment: null };
    throw e;
  }
}
