import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bi, type PlainDate } from '@huiqi/kernel';
import type { LoadError } from '../load-error';
import { YamlReader, isScalar, type Node } from '../yaml-reader';
import { toJs } from './yaml-to-js';

/** One YAML test situation, named in one sentence (OpenFisca style). */
export interface RuleCase {
  file: string;
  line: number;
  name: string;
  /** The policy under test (from the folder), or null for size-standard and parameter cases. */
  policyId: string | null;
  ruleSet: string;
  date: PlainDate;
  jurisdiction: string;
  input: Record<string, unknown>;
  expect: CaseExpect;
  cites: string[];
}

export interface CaseExpect {
  status?: string;
  amountYuan?: string | null;
  sizeClass?: string | null;
  sizeSector?: string | null;
  missing?: string[];
  firstFailingClause?: string;
  outputs?: Record<string, string | number | null>;
  params?: Record<string, string | number | null>;
  reasonContains?: string[];
  /** Payment-deadline cases (rules/payment/cases). */
  dueDate?: string | null;
  daysOverdue?: number;
  interestYuan?: string;
  paymentStatus?: string;
  /** Payment cases: the day the period starts from, its length, and its last counted day (before any 第二百零三条 move). */
  startDate?: string | null;
  periodDays?: number | null;
  lastCountedDay?: string | null;
  /** Appeal time-limit cases (rules/appeals/cases): the length in force (`10 working_days`, `30 days`, `24 hours`) or null, and the latest due date extensions may reach. */
  limit?: string | null;
  latestDue?: string | null;
}

const EXPECT_KEYS = ['status', 'amount_yuan', 'size_class', 'size_sector', 'missing', 'first_failing_clause', 'outputs', 'params', 'reason_contains', 'due_date', 'days_overdue', 'interest_yuan', 'payment_status', 'start_date', 'period_days', 'last_counted_day', 'limit', 'latest_due'];

export function parseCaseFile(file: string, text: string, policyId: string | null, ruleSet: string): { cases: RuleCase[]; errors: LoadError[] } {
  const r = new YamlReader(file, text);
  const cases: RuleCase[] = [];
  const seq = r.root ? r.seq(r.root, '用例文件 case file') : null;
  for (const item of seq?.items ?? []) {
    const m = r.map(item, 'case');
    if (!m) continue;
    r.onlyKeys(m, ['name', 'date', 'jurisdiction', 'input', 'expect', 'cites'], 'case');
    const name = r.string(r.require(m, 'name', 'case'), 'name');
    const date = r.date(r.require(m, 'date', 'case'), 'date');
    const jurisdiction = r.string(r.require(m, 'jurisdiction', 'case'), 'jurisdiction');
    const inputNode = r.get(m, 'input');
    const input = inputNode === undefined ? {} : (toJs(r, inputNode, 'input') as Record<string, unknown> | null);
    const em = r.map(r.require(m, 'expect', 'case'), 'expect');
    const expect: CaseExpect = {};
    if (em) {
      r.onlyKeys(em, EXPECT_KEYS, 'expect');
      const get = (k: string) => r.get(em, k);
      const text = (n: Node | undefined) => (n === undefined ? undefined : isScalar(n) && n.value === null ? null : String((n as { source?: string }).source ?? (isScalar(n) ? n.value : '')));
      if (get('status') !== undefined) expect.status = r.string(get('status'), 'status') ?? '';
      if (get('amount_yuan') !== undefined) expect.amountYuan = text(get('amount_yuan'))!;
      if (get('size_class') !== undefined) expect.sizeClass = text(get('size_class'))!;
      if (get('size_sector') !== undefined) expect.sizeSector = text(get('size_sector'))!;
      if (get('missing') !== undefined) expect.missing = get('missing') && isScalar(get('missing')) ? [] : r.stringList(get('missing'), 'missing');
      if (get('first_failing_clause') !== undefined) expect.firstFailingClause = r.string(get('first_failing_clause'), 'first_failing_clause') ?? '';
      if (get('due_date') !== undefined) expect.dueDate = text(get('due_date'))!;
      if (get('days_overdue') !== undefined) expect.daysOverdue = Number(text(get('days_overdue')));
      if (get('interest_yuan') !== undefined) expect.interestYuan = text(get('interest_yuan'))!;
      if (get('start_date') !== undefined) expect.startDate = text(get('start_date'))!;
      if (get('period_days') !== undefined) expect.periodDays = text(get('period_days')) === null ? null : Number(text(get('period_days')));
      if (get('last_counted_day') !== undefined) expect.lastCountedDay = text(get('last_counted_day'))!;
      if (get('limit') !== undefined) expect.limit = text(get('limit'))!;
      if (get('latest_due') !== undefined) expect.latestDue = text(get('latest_due'))!;
      if (get('payment_status') !== undefined) expect.paymentStatus = r.string(get('payment_status'), 'payment_status') ?? '';
      if (get('reason_contains') !== undefined) expect.reasonContains = r.stringList(get('reason_contains'), 'reason_contains');
      for (const key of ['outputs', 'params'] as const) {
        const n = get(key);
        if (n === undefined) continue;
        const mm = r.map(n, key);
        if (!mm) continue;
        const rec: Record<string, string | null> = {};
        for (const p of r.pairs(mm)) rec[String(p.key.value)] = text(p.value as Node) ?? null;
        expect[key] = rec;
      }
    }
    const citesNode = r.get(m, 'cites');
    const cites = citesNode === undefined ? [] : r.stringList(citesNode, 'cites');
    if (!name || !date || !jurisdiction || input === null) continue;
    if (Object.keys(expect).length === 0) r.error(item, 'MISSING_FIELD', bi('用例须至少有一项期望结果', 'a case needs at least one expected result'));
    cases.push({ file, line: r.pos(item).line, name, policyId, ruleSet, date, jurisdiction, input, expect, cites });
  }
  return { cases, errors: r.errors };
}

/** Loads every case file: `policies/<id>/cases/*.yaml`, `size-standard/cases/*.yaml`, `parameters/cases/*.yaml`, `payment/cases/*.yaml`, `appeals/cases/*.yaml`. */
export function loadCases(rulesDir: string, repoRoot: string, ruleSetOf: (policyId: string) => string): { cases: RuleCase[]; errors: LoadError[] } {
  const cases: RuleCase[] = [];
  const errors: LoadError[] = [];
  const rel = (p: string) => relative(repoRoot, p).split(sep).join('/');
  const readDir = (dir: string, policyId: string | null, ruleSet: string | null) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const full = join(dir, name);
      // Parameter case files are named after their rule set (payment.yaml → payment).
      const r = parseCaseFile(rel(full), readFileSync(full, 'utf8'), policyId, ruleSet ?? name.slice(0, -'.yaml'.length));
      cases.push(...r.cases);
      errors.push(...r.errors);
    }
  };
  readDir(join(rulesDir, 'size-standard', 'cases'), null, 'size-classification');
  readDir(join(rulesDir, 'parameters', 'cases'), null, null);
  readDir(join(rulesDir, 'payment', 'cases'), null, 'payment');
  readDir(join(rulesDir, 'appeals', 'cases'), null, 'appeals');
  const pdir = join(rulesDir, 'policies');
  for (const id of existsSync(pdir) ? readdirSync(pdir).sort() : []) {
    if (statSync(join(pdir, id)).isDirectory()) readDir(join(pdir, id, 'cases'), id, ruleSetOf(id));
  }
  return { cases, errors };
}
