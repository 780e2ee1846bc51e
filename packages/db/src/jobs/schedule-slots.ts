import { JobInputError, type ScheduleSpec } from './job-types';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface NormalisedSpec {
  everySeconds: number | null;
  dailyAt: string | null;
  timeZone: string;
}

/** Checks a schedule spec; bilingual errors. */
export function normaliseSpec(spec: ScheduleSpec): NormalisedSpec {
  if ('everySeconds' in spec) {
    const n = spec.everySeconds;
    if (!Number.isInteger(n) || n < 1 || n > 31_622_400) {
      throw new JobInputError(`everySeconds 应为 1–31622400 的整数（收到 ${String(n)}）`, `everySeconds must be an integer 1–31622400 (got ${String(n)})`);
    }
    return { everySeconds: n, dailyAt: null, timeZone: 'UTC' };
  }
  if (!/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(spec.dailyAt)) {
    throw new JobInputError(`dailyAt 应为 HH:MM（00:00–23:59），收到 ${spec.dailyAt}`, `dailyAt must be HH:MM (00:00–23:59), got ${spec.dailyAt}`);
  }
  const timeZone = spec.timeZone ?? DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new JobInputError(`未知时区：${timeZone}`, `unknown time zone: ${timeZone}`);
  }
  return { everySeconds: null, dailyAt: spec.dailyAt, timeZone };
}

/**
 * The first slot strictly after `after`. Interval slots are multiples of the interval since the
 * Unix epoch, so every runner computes the same slots; daily slots are HH:MM wall-clock time in
 * the schedule's zone (a time skipped by a daylight-saving change runs at the shifted instant).
 */
export function nextSlot(spec: NormalisedSpec, after: Date): Date {
  if (spec.everySeconds !== null) {
    const step = spec.everySeconds * 1000;
    return new Date((Math.floor(after.getTime() / step) + 1) * step);
  }
  const [hh, mm] = spec.dailyAt!.split(':').map(Number) as [number, number];
  const today = localDate(after, spec.timeZone);
  for (let d = -1; d <= 2; d++) {
    const day = new Date(Date.UTC(today.y, today.m - 1, today.d + d));
    const slot = zonedInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hh, mm, spec.timeZone);
    if (slot.getTime() > after.getTime()) return slot;
  }
  throw new Error(`no daily slot found after ${after.toISOString()} for ${spec.dailyAt} ${spec.timeZone}`);
}

/** The latest slot at or before `now` (the one a late runner catches up with). */
export function latestSlotAtOrBefore(spec: NormalisedSpec, now: Date): Date {
  if (spec.everySeconds !== null) {
    const step = spec.everySeconds * 1000;
    return new Date(Math.floor(now.getTime() / step) * step);
  }
  // the next slot after (now − 2 days), stepped forward while it stays ≤ now
  let slot = nextSlot(spec, new Date(now.getTime() - 2 * 86_400_000));
  for (;;) {
    const next = nextSlot(spec, slot);
    if (next.getTime() > now.getTime()) return slot;
    slot = next;
  }
}

function localDate(at: Date, timeZone: string): { y: number; m: number; d: number } {
  const p = parts(at, timeZone);
  return { y: p.year, m: p.month, d: p.day };
}

function parts(at: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of f.formatToParts(at)) if (p.type in out) out[p.type as keyof typeof out] = Number(p.value);
  return out;
}

/** The instant whose wall-clock time in `timeZone` is the given one (offset found by two corrections). */
function zonedInstant(y: number, m: number, d: number, hh: number, mm: number, timeZone: string): Date {
  const wanted = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const p = parts(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    const diff = wanted - shown;
    if (diff === 0) break;
    guess += diff;
  }
  return new Date(guess);
}
