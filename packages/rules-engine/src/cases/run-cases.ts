import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedCalendar } from '@huiqi/calendar';
import { cmp, fenToYuanText, parseExact, toDecimalText, yuanToFen } from '@huiqi/kernel';
import { evaluatePolicy, createContext } from '../evaluate';
import type { TraceNode } from '../expr/trace';
import { factsFromJson } from '../facts-input';
import type { RuleBase } from '../load-rule-base';
import type { RuleCase } from './load-cases';
import { paymentDeadline, type PaymentContract } from '../payment/payment-deadline';
import { unsupportedNameNumbers } from './name-numbers';
import { runTimeLimitCase } from './run-time-limit-case';

export interface CaseResult {
  case: RuleCase;
  passed: boolean;
  failures: string[];
}

function sameNumber(actual: unknown, expected: string | number | null): boolean {
  if (expected === null || actual === null || actual === undefined) return expected === null && (actual === null || actual === undefined);
  const a = parseExact(String(actual));
  const e = parseExact(String(expected));
  return a !== null && e !== null ? cmp(a, e) === 0 : String(actual) === String(expected);
}

function traceCites(t: TraceNode | undefined, out: Set<string>): void {
  if (!t) return;
  if (t.param) out.add(t.param.reference);
  const d = t.detail as { cites?: ({ address: string } | string)[] } | undefined;
  for (const c of d?.cites ?? []) out.add(typeof c === 'string' ? c : c.address);
  for (const c of t.children ?? []) traceCites(c, out);
}

/** Runs one YAML case against the rule base and lists every mismatch. */
export function runCase(rb: RuleBase, c: RuleCase): CaseResult {
  const r = c.file.includes('/payment/cases/') ? runPaymentCase(rb, c) : c.file.includes('/appeals/cases/') ? runTimeLimitCase(rb, c) : runRuleCase(rb, c);
  const stray = unsupportedNameNumbers(c, lawFigures(rb, c));
  if (stray.length) r.failures.push(`the name states ${stray.join(', ')}, which neither the input nor the expectation (nor a figure of the law in force) contains`);
  return { ...r, passed: r.failures.length === 0 };
}

const policyFigures = new Map<string, number[]>();

/**
 * Figures a name may state without the case containing them: the parameter values in force on the
 * case's date in its jurisdiction, and the numbers written in the policy under test (its thresholds
 * and score bands).
 */
function lawFigures(rb: RuleBase, c: RuleCase): number[] {
  const out: number[] = [];
  const policy = c.policyId ? rb.policies.get(c.policyId) : undefined;
  if (policy) {
    let figs = policyFigures.get(policy.file);
    if (!figs) {
      figs = (readFileSync(join(rb.repoRoot, policy.file), 'utf8').match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
      policyFigures.set(policy.file, figs);
    }
    out.push(...figs);
  }
  for (const path of rb.params.paths()) {
    const p = rb.params.resolve(path, c.jurisdiction, c.date);
    if (p) out.push(Number(toDecimalText(p.value, 10)));
  }
  return out;
}

function runRuleCase(rb: RuleBase, c: RuleCase): CaseResult {
  const failures: string[] = [];
  const facts = factsFromJson(c.input, { money: 'yuan' });
  if (!facts.ok) {
    return { case: c, passed: false, failures: facts.error.map((e) => `input ${e.field}: ${e.message.zh} / ${e.message.en}`) };
  }
  if (!rb.jurisdictions.has(c.jurisdiction)) failures.push(`unknown jurisdiction ${c.jurisdiction}`);
  const ctx = createContext(rb, facts.value, c.date, c.jurisdiction);
  const cited = new Set<string>();
  const e = c.expect;
  if (e.sizeClass !== undefined || e.sizeSector !== undefined) {
    ctx.sizeClass();
    const o = ctx.sizeOutcome();
    const size = o?.status === 'CLASSIFIED' ? o.size : null;
    const sector = o && o.status !== 'ERROR' ? o.sector : null;
    if (o && o.status !== 'ERROR') for (const a of o.cites) cited.add(a);
    if (e.sizeClass !== undefined && size !== e.sizeClass) failures.push(`size class: expected ${e.sizeClass}, got ${size} (${o?.status}${o && 'reason' in o ? `: ${o.reason.en}` : ''})`);
    if (e.sizeSector !== undefined && sector !== e.sizeSector) failures.push(`size sector: expected ${e.sizeSector}, got ${sector}`);
    if (e.missing && !c.policyId) {
      const got = o?.status === 'UNKNOWN' ? o.missing : [];
      if (JSON.stringify([...got].sort()) !== JSON.stringify([...e.missing].sort())) failures.push(`missing: expected [${e.missing}], got [${got}]`);
    }
  }
  for (const [path, want] of Object.entries(e.params ?? {})) {
    const p = rb.params.resolve(path, c.jurisdiction, c.date);
    if (!rb.params.has(path)) failures.push(`parameter ${path} does not exist`);
    else {
      const def = rb.params.def(path)!;
      let got: string | null = p ? toDecimalText(p.value, 10) : null;
      // Money parameters are compared in the unit the file is written in.
      if (p && def.unit === 'fen' && def.sourceUnit !== 'fen') got = def.sourceUnit === 'yuan' ? fenToYuanText(p.value as number) : toDecimalText(parseExact(String(Number(p.value) / 1_000_000))!, 6);
      if (!sameNumber(got, want)) failures.push(`parameter ${path}: expected ${want}, got ${got}`);
      if (p) cited.add(p.reference);
    }
  }
  if (c.policyId) {
    const policy = rb.policies.get(c.policyId);
    if (!policy) failures.push(`policy ${c.policyId} not loaded`);
    else {
      const r = evaluatePolicy(rb, policy, facts.value, { date: c.date, jurisdiction: c.jurisdiction, explain: true }, ctx);
      for (const a of r.citations) cited.add(a);
      for (const cl of r.explanation?.clauses ?? []) traceCites(cl.trace, cited);
      traceCites(r.explanation?.amount?.trace, cited);
      for (const o of r.explanation?.outputs ?? []) traceCites(o.trace, cited);
      if (e.status !== undefined && r.status !== e.status) failures.push(`status: expected ${e.status}, got ${r.status} — ${r.reasons.map((x) => x.zh).join('；')}`);
      if (e.amountYuan !== undefined) {
        const want = e.amountYuan === null ? null : yuanToFen(e.amountYuan);
        const got = r.amountFen ?? null;
        if (want !== got) failures.push(`amount: expected ${e.amountYuan === null ? 'none' : e.amountYuan} yuan, got ${got === null ? 'none' : fenToYuanText(got)} yuan`);
      }
      if (e.missing !== undefined && JSON.stringify([...r.missing].sort()) !== JSON.stringify([...e.missing].sort())) {
        failures.push(`missing: expected [${e.missing.join(', ')}], got [${r.missing.join(', ')}]`);
      }
      if (e.firstFailingClause !== undefined && r.firstFailingClause !== e.firstFailingClause) {
        failures.push(`first failing clause: expected ${e.firstFailingClause}, got ${r.firstFailingClause ?? 'none'}`);
      }
      for (const [k, want] of Object.entries(e.outputs ?? {})) {
        if (!sameNumber(r.outputs[k], want)) failures.push(`output ${k}: expected ${want}, got ${String(r.outputs[k])}`);
      }
      for (const needle of e.reasonContains ?? []) {
        if (!r.reasons.some((x) => x.zh.includes(needle) || x.en.includes(needle))) failures.push(`no reason contains "${needle}" (reasons: ${r.reasons.map((x) => x.zh).join('；')})`);
      }
    }
  }
  for (const a of c.cites) if (!cited.has(a)) failures.push(`explanation does not cite ${a}`);
  return { case: c, passed: failures.length === 0, failures };
}

export function runCases(rb: RuleBase, cases: RuleCase[]): CaseResult[] {
  return cases.map((c) => runCase(rb, c));
}

/** A payment-deadline case: contract facts in, due date and overdue interest out. */
function runPaymentCase(rb: RuleBase, c: RuleCase): CaseResult {
  const failures: string[] = [];
  const { amount_yuan: amountYuan, ...rest } = c.input as Record<string, unknown>;
  let r;
  try {
    const contract = { ...rest, amountFen: yuanToFen(String(amountYuan ?? '0')), asOf: c.date } as unknown as PaymentContract;
    r = paymentDeadline(rb, contract, { calendar: shippedCalendar(c.jurisdiction) });
  } catch (e) {
    return { case: c, passed: false, failures: [`paymentDeadline threw: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const e = c.expect;
  if (e.paymentStatus !== undefined && r.status !== e.paymentStatus) failures.push(`status: expected ${e.paymentStatus}, got ${r.status}`);
  if (e.dueDate !== undefined && r.dueDate !== e.dueDate) failures.push(`due date: expected ${e.dueDate}, got ${r.dueDate}`);
  if (e.startDate !== undefined && r.startDate !== e.startDate) failures.push(`start date: expected ${e.startDate}, got ${r.startDate}`);
  if (e.periodDays !== undefined && r.periodDays !== e.periodDays) failures.push(`period: expected ${e.periodDays} days, got ${r.periodDays}`);
  if (e.lastCountedDay !== undefined && r.lastCountedDay !== e.lastCountedDay) failures.push(`last counted day: expected ${e.lastCountedDay}, got ${r.lastCountedDay}`);
  if (e.daysOverdue !== undefined && r.daysOverdue !== e.daysOverdue) failures.push(`days overdue: expected ${e.daysOverdue}, got ${r.daysOverdue}`);
  if (e.interestYuan !== undefined && r.interestFen !== yuanToFen(e.interestYuan)) failures.push(`interest: expected ${e.interestYuan} yuan, got ${fenToYuanText(r.interestFen)} yuan`);
  for (const needle of e.reasonContains ?? []) if (!r.notes.some((n) => n.zh.includes(needle) || n.en.includes(needle))) failures.push(`no note contains "${needle}"`);
  for (const a of c.cites) if (!r.cites.includes(a)) failures.push(`result does not cite ${a}`);
  return { case: c, passed: failures.length === 0, failures };
}
