import { randomBytes } from 'node:crypto';
import type { Queryable } from '../database';

const KEY = 'inspections:code-secret';

/**
 * The server secret that signs 监督码 (enterprise and task codes): 32 random bytes made on first use
 * and kept in app_settings (never sent to a client). Concurrent first uses agree on one value.
 */
export async function inspectionCodeSecret(q: Queryable): Promise<string> {
  const read = async () => (await q.query<{ value: { secret: string } }>('SELECT value FROM app_settings WHERE key = $1', [KEY]))[0]?.value.secret;
  const existing = await read();
  if (existing) return existing;
  await q.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING', [KEY, JSON.stringify({ secret: randomBytes(32).toString('base64url') })]);
  return (await read())!;
}

/** Drawn targets of one enterprise in the plans of a department (what an inspector opens by scanning its code). */
export async function targetsOfEnterprise(q: Queryable, uscc: string, departmentId: string): Promise<{ planId: string; title: string; itemIds: string[]; inspectors: { id: string }[] }[]> {
  const rows = await q.query<{ plan_id: string; projection: { title: string; itemIds: string[] }; inspectors: { id: string }[] }>(
    `SELECT t.plan_id, p.projection, t.inspectors FROM inspection_targets t JOIN inspection_plans p ON p.id = t.plan_id
     WHERE t.uscc = $1 AND p.department_id = $2 AND p.status = 'DRAWN' ORDER BY p.updated_at DESC`,
    [uscc, departmentId],
  );
  return rows.map((r) => ({ planId: r.plan_id, title: r.projection.title, itemIds: r.projection.itemIds, inspectors: r.inspectors }));
}
