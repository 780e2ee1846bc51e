import { checkUscc, err, ok, type Result } from '@huiqi/kernel';
import { DEFAULT_STRATUM, type DrawCandidate } from './draw-sample';
import { inspectionError, type InspectionError } from './inspection-error';

/**
 * Candidates as JSON Lines — one `{"uscc":"…","stratum":"…"}` per line, the format of the draw CLI
 * and of a published candidate list. Blank lines are skipped. A bad line (not JSON, not an object,
 * an invalid USCC, a missing stratum where one is required) is refused naming its line number;
 * at most `maxErrors` are reported.
 */
export function parseCandidateLines(text: string, options: { stratumRequired: boolean; maxErrors?: number }): Result<DrawCandidate[], InspectionError[]> {
  const maxErrors = options.maxErrors ?? 20;
  const out: DrawCandidate[] = [];
  const errors: InspectionError[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && errors.length < maxErrors; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const parsed = parseCandidateLine(raw, i + 1, options.stratumRequired);
    if (parsed.ok) out.push(parsed.value);
    else errors.push(parsed.error);
  }
  return errors.length > 0 ? err(errors) : ok(out);
}

export function parseCandidateLine(raw: string, line: number, stratumRequired: boolean): Result<DrawCandidate, InspectionError> {
  const bad = (zh: string, en: string) => err(inspectionError('CANDIDATE_INVALID', `第 ${line} 行：${zh}`, `line ${line}: ${en}`, { line }));
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch {
    return bad('不是有效的 JSON', 'not valid JSON');
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return bad('应为 {"uscc":…,"stratum":…} 形式的对象', 'expected an object {"uscc":…,"stratum":…}');
  const { uscc, stratum } = o as { uscc?: unknown; stratum?: unknown };
  if (typeof uscc !== 'string') return bad('缺少统一社会信用代码 uscc', 'the uscc is missing');
  const check = checkUscc(uscc);
  if (!check.valid) return bad(check.reason!.zh, check.reason!.en);
  if (stratum !== undefined && (typeof stratum !== 'string' || stratum.trim() === '')) return bad('层级 stratum 应为非空文本', 'the stratum must be non-empty text');
  if (stratum === undefined && stratumRequired) return bad('缺少层级 stratum（按层级给出抽查比例时每行都要有层级）', 'the stratum is missing (required when ratios are given per stratum)');
  return ok({ uscc: uscc.trim().toUpperCase(), stratum: typeof stratum === 'string' ? stratum.trim() : DEFAULT_STRATUM });
}
