import { createHmac, timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from '@huiqi/kernel';
import { inspectionError, type InspectionError } from './inspection-error';

/**
 * 监督码 (扫码入企; 深府规〔2025〕6号, facts §6.3): two signed codes, both HMAC-SHA256 with a server
 * secret that never leaves the server, so neither can be made or altered outside it.
 *
 * - The enterprise code `E1.<USCC>.<mac>` — generated from the registry (无感赋码: no application);
 *   an inspector scans it to open the registered task for that enterprise.
 * - The task code `T1.<taskId>.<USCC>.<mac>` — one per registered inspection task, bound to the
 *   inspected enterprise: the enterprise scans it to check the task; scanned by (or for) another
 *   enterprise it is refused, so a code cannot be replayed elsewhere.
 *
 * The MAC covers a domain-separated message (`huiqi:inspection:<kind>:v1:…`), so an enterprise
 * code can never pass as a task code or the other way round.
 */
const b64url = (buf: Buffer) => buf.toString('base64url');
const mac = (secret: string, message: string) => b64url(createHmac('sha256', secret).update(message, 'utf8').digest());
const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
const USCC = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
const TASK_ID = /^it-[a-z0-9-]{8,64}$/;

export function enterpriseCode(secret: string, uscc: string): string {
  return `E1.${uscc}.${mac(secret, `huiqi:inspection:enterprise:v1:${uscc}`)}`;
}

export function taskCode(secret: string, taskId: string, uscc: string): string {
  return `T1.${taskId}.${uscc}.${mac(secret, `huiqi:inspection:task:v1:${taskId}:${uscc}`)}`;
}

const invalid = () => err(inspectionError('CODE_INVALID', '这个码不是本平台签发的监督码，或已被改动', 'this is not a supervision code issued by the platform, or it was altered'));

/** The enterprise a scanned enterprise code names, if the server signed it. */
export function readEnterpriseCode(secret: string, code: string): Result<{ uscc: string }, InspectionError> {
  const parts = code.trim().split('.');
  if (parts.length !== 3 || parts[0] !== 'E1' || !USCC.test(parts[1]!)) return invalid();
  if (!safeEqual(parts[2]!, mac(secret, `huiqi:inspection:enterprise:v1:${parts[1]}`))) return invalid();
  return ok({ uscc: parts[1]! });
}

/**
 * The task a scanned task code names, if the server signed it and it was issued for `scanningUscc`
 * (the enterprise whose account scans it); otherwise refused.
 */
export function readTaskCode(secret: string, code: string, scanningUscc: string): Result<{ taskId: string; uscc: string }, InspectionError> {
  const parts = code.trim().split('.');
  if (parts.length !== 4 || parts[0] !== 'T1' || !TASK_ID.test(parts[1]!) || !USCC.test(parts[2]!)) return invalid();
  if (!safeEqual(parts[3]!, mac(secret, `huiqi:inspection:task:v1:${parts[1]}:${parts[2]}`))) return invalid();
  if (parts[2] !== scanningUscc)
    return err(inspectionError('CODE_FOR_ANOTHER_ENTERPRISE', '这个检查任务码是为其他企业签发的，不能用于本企业', 'this task code was issued for another enterprise', { taskId: parts[1] }));
  return ok({ taskId: parts[1]!, uscc: parts[2]! });
}
