import { JobInputError, QUEUE_NAME_PATTERN, type JsonValue } from './job-types';

export const DEFAULT_MAX_ATTEMPTS = 5;

export function checkQueueName(queue: unknown): string {
  if (typeof queue !== 'string' || queue.length > 100 || !QUEUE_NAME_PATTERN.test(queue)) {
    throw new JobInputError(
      `队列名无效：${String(queue)}（应为 <模块>.<任务>，小写字母、数字和连字符，例如 appeals.deadline-sweep）`,
      `invalid queue name: ${String(queue)} (expected <module>.<task> in lower-case letters, digits and hyphens, e.g. appeals.deadline-sweep)`,
    );
  }
  return queue;
}

export function checkMaxAttempts(n: unknown): number {
  if (n === undefined) return DEFAULT_MAX_ATTEMPTS;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100) {
    throw new JobInputError(`最大尝试次数应为 1–100 的整数（收到 ${String(n)}）`, `maxAttempts must be an integer 1–100 (got ${String(n)})`);
  }
  return n;
}

/** Payloads carry ids and small parameters; bulk data belongs in a table the handler reads. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** The payload as JSON text; refuses what JSON cannot carry instead of silently dropping it. */
export function payloadJson(payload: unknown, what = 'payload'): string {
  const problem = findNonJson(payload, what);
  if (problem) throw new JobInputError(`任务数据不是合法 JSON：${problem}`, `job payload is not plain JSON: ${problem}`);
  const text = JSON.stringify(payload as JsonValue);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new JobInputError(
      `任务数据过大（${bytes} 字节，上限 ${MAX_PAYLOAD_BYTES}）：请把数据存入表中，只在任务里传其编号`,
      `job payload too large (${bytes} bytes, limit ${MAX_PAYLOAD_BYTES}): store the data in a table and pass its id`,
    );
  }
  return text;
}

function findNonJson(v: unknown, path: string): string | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : `${path} = ${v}`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = findNonJson(v[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return `${path} is a ${(v as object).constructor?.name ?? 'non-plain object'}`;
    for (const [k, x] of Object.entries(v)) {
      const p = findNonJson(x, `${path}.${k}`);
      if (p) return p;
    }
    return null;
  }
  return `${path} is ${typeof v}`;
}
