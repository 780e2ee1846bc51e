import { bi, isLegalAddress, type BilingualText } from '@huiqi/kernel';
import type { LoadError } from '../load-error';
import type { ParamStore } from '../params/param-store';
import { YamlReader } from '../yaml-reader';

/** The clocks an appeal can run (the appeals workflow's ClockKind). */
export const TIME_LIMIT_CLOCKS = ['ACCEPT', 'TRANSFER', 'ANSWER'] as const;
export type TimeLimitClock = (typeof TIME_LIMIT_CLOCKS)[number];

/** The case action whose date starts a clock (the starting day is not counted, 民法典 第二百零一条). */
export const TIME_LIMIT_STARTS = ['SUBMITTED', 'ACCEPTED', 'TRANSFERRED'] as const;
export type TimeLimitStart = (typeof TIME_LIMIT_STARTS)[number];

/** Units a time-limit parameter may have: natural hours, calendar days or working days. */
export const TIME_LIMIT_UNITS = ['hours', 'days', 'working_days'] as const;

/**
 * One clock of one appeal type, from `rules/appeals/time-limits.yaml`: when it starts, which dated
 * parameter holds its length (per jurisdiction, with its reference), the cap on extensions, and the
 * articles it implements. The figures themselves are parameters, never written here.
 */
export interface TimeLimitDef {
  appealType: string;
  clock: TimeLimitClock;
  startsOn: TimeLimitStart;
  label: BilingualText;
  /** Parameter path of the length (unit hours, days or working_days). */
  limit: string;
  /** Parameter path of the longest total period with extensions (unit days), or null. */
  maxTotal: string | null;
  /** Reminder before the due instant (an operating choice, not law). */
  nearDueHours: number;
  implements: string[];
  /** Why `implements` is empty, when no text in the library sets the clock. */
  note: string | null;
  file: string;
  line: number;
}

const TYPE = /^[A-Z][A-Z0-9_]*$/;

/** Parses `rules/appeals/time-limits.yaml` and checks it against the parameters. */
export function parseTimeLimitDefs(file: string, text: string, params: ParamStore): { defs: TimeLimitDef[]; errors: LoadError[] } {
  const r = new YamlReader(file, text);
  const defs: TimeLimitDef[] = [];
  const root = r.root ? r.map(r.root, '办理时限文件 time-limit file') : null;
  if (!root) return { defs, errors: r.errors };
  r.onlyKeys(root, ['types'], '办理时限文件 time-limit file');
  const types = r.map(r.require(root, 'types', '办理时限文件 time-limit file'), 'types');
  for (const tp of types ? r.pairs(types) : []) {
    const appealType = String(tp.key.value);
    if (!TYPE.test(appealType)) r.error(tp.key, 'WRONG_TYPE', bi(`诉求类型「${appealType}」须为大写代码`, `appeal type '${appealType}' must be an upper-case code`));
    const seq = r.seq(tp.value, `types.${appealType}`);
    const seen = new Set<string>();
    for (const item of seq?.items ?? []) {
      const m = r.map(item, `types.${appealType}[]`);
      if (!m) continue;
      const what = `types.${appealType}`;
      r.onlyKeys(m, ['clock', 'starts_on', 'label', 'limit', 'max_total', 'near_due_hours', 'implements', 'note'], what);
      const clock = r.string(r.require(m, 'clock', what), `${what}.clock`);
      const startsOn = r.string(r.require(m, 'starts_on', what), `${what}.starts_on`);
      const label = r.bilingual(r.require(m, 'label', what), `${what}.label`);
      const limitNode = r.require(m, 'limit', what);
      const limit = r.string(limitNode, `${what}.limit`);
      const maxNode = r.get(m, 'max_total');
      const maxTotal = maxNode === undefined ? null : r.string(maxNode, `${what}.max_total`);
      const nearNode = r.require(m, 'near_due_hours', what);
      const near = r.number(nearNode, `${what}.near_due_hours`);
      const implNode = r.get(m, 'implements');
      const impl = implNode === undefined ? [] : r.stringList(implNode, `${what}.implements`);
      const noteNode = r.get(m, 'note');
      const note = noteNode === undefined ? null : r.string(noteNode, `${what}.note`);
      if (clock !== null && !TIME_LIMIT_CLOCKS.includes(clock as TimeLimitClock)) r.error(m, 'WRONG_TYPE', bi(`clock 须为 ${TIME_LIMIT_CLOCKS.join('、')}`, `clock must be one of ${TIME_LIMIT_CLOCKS.join(', ')}`));
      if (startsOn !== null && !TIME_LIMIT_STARTS.includes(startsOn as TimeLimitStart)) r.error(m, 'WRONG_TYPE', bi(`starts_on 须为 ${TIME_LIMIT_STARTS.join('、')}`, `starts_on must be one of ${TIME_LIMIT_STARTS.join(', ')}`));
      if (clock && seen.has(clock)) r.error(m, 'DUPLICATE', bi(`${appealType} 的 ${clock} 重复`, `${appealType} lists ${clock} twice`));
      if (clock) seen.add(clock);
      const unitOf = (path: string | null, node: unknown, allowed: readonly string[]) => {
        if (path === null) return;
        const d = params.def(path);
        if (!d) r.error(node as never, 'UNKNOWN_PARAMETER', bi(`没有参数 ${path}`, `no parameter ${path}`));
        else if (!allowed.includes(d.unit)) r.error(node as never, 'BAD_UNIT', bi(`参数 ${path} 的单位须为 ${allowed.join('、')}，实为 ${d.unit}`, `parameter ${path} must be in ${allowed.join(', ')}, not ${d.unit}`));
      };
      unitOf(limit, limitNode, TIME_LIMIT_UNITS);
      unitOf(maxTotal, maxNode, ['days']);
      for (const a of impl) if (!isLegalAddress(a)) r.error(implNode, 'BAD_ADDRESS', bi(`法条地址格式不对：「${a}」`, `malformed legal address '${a}'`));
      if (impl.length === 0 && !note) r.error(m, 'MISSING_FIELD', bi(`${what} ${clock ?? ''} 没有 implements 时须写 note 说明原因`, `${what} ${clock ?? ''}: without 'implements' a 'note' must say why`));
      if (near !== null && (!Number.isInteger(Number(near)) || Number(near) < 0)) r.error(nearNode, 'BAD_NUMBER', bi('near_due_hours 须为非负整数', 'near_due_hours must be a non-negative integer'));
      if (!clock || !startsOn || !label || !limit || near === null) continue;
      defs.push({ appealType, clock: clock as TimeLimitClock, startsOn: startsOn as TimeLimitStart, label, limit, maxTotal, nearDueHours: Number(near), implements: impl, note, file, line: r.pos(item).line });
    }
  }
  return { defs, errors: r.errors };
}
