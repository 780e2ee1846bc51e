import type { AnyProviderAction, ServiceProvider } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

interface ActionRow { action_id: string; type: AnyProviderAction['type']; at: string; actor: AnyProviderAction['actor']; payload: Record<string, unknown> }

const iso = (at: string | Date) => (at instanceof Date ? at.toISOString() : new Date(at).toISOString());

/** A provider's log in order (empty when there is no such provider). */
export async function loadProviderLog(q: Queryable, providerId: string, forUpdate = false): Promise<AnyProviderAction[]> {
  if (forUpdate) await q.query('SELECT provider_id FROM service_providers WHERE provider_id = $1 FOR UPDATE', [providerId]);
  const rows = await q.query<ActionRow>('SELECT action_id, type, at, actor, payload FROM service_provider_actions WHERE provider_id = $1 ORDER BY seq', [providerId]);
  return rows.map((r) => ({ id: r.action_id, type: r.type, at: iso(r.at), actor: r.actor, payload: r.payload }) as AnyProviderAction);
}

/** The provider id registered for a uscc, if any. */
export async function findProviderIdByUscc(q: Queryable, uscc: string): Promise<string | null> {
  const [r] = await q.query<{ provider_id: string }>('SELECT provider_id FROM service_providers WHERE uscc = $1', [uscc]);
  return r?.provider_id ?? null;
}

async function insertAction(tx: Queryable, providerId: string, seq: number, a: AnyProviderAction): Promise<void> {
  await tx.query('INSERT INTO service_provider_actions (provider_id, seq, action_id, type, at, actor, payload) VALUES ($1,$2,$3,$4,$5,$6::jsonb,$7::jsonb)',
    [providerId, seq, a.id, a.type, a.at, JSON.stringify(a.actor), JSON.stringify(a.payload)]);
  await appendAuditEvent(tx, { type: 'SERVICE_PROVIDER_ACTION_RECORDED', subject: providerId, payload: { actionId: a.id, actionType: a.type, seq, actorKind: a.actor.kind } }, a.actor.userId, new Date(a.at));
}

/** Stores a newly registered provider (its first action) with the audit event. Call inside a transaction. */
export async function createProvider(tx: Queryable, p: ServiceProvider, action: AnyProviderAction): Promise<void> {
  await tx.query(
    'INSERT INTO service_providers (provider_id, uscc, name, status, categories, rating_score, registered_at, updated_at, version) VALUES ($1,$2,$3,$4,$5::jsonb,NULL,$6,$6,1)',
    [p.providerId, p.uscc, p.name, p.status, JSON.stringify(p.categories), p.registeredAt],
  );
  await insertAction(tx, p.providerId, 1, action);
}

/** Appends an action if the provider is still at `expectedVersion` (optimistic locking: false when another append came first). */
export async function appendProviderAction(tx: Queryable, p: ServiceProvider, expectedVersion: number, action: AnyProviderAction): Promise<boolean> {
  const updated = await tx.query(
    'UPDATE service_providers SET name = $3, status = $4, categories = $5::jsonb, rating_score = $6, updated_at = $7, version = $8 WHERE provider_id = $1 AND version = $2 RETURNING provider_id',
    [p.providerId, expectedVersion, p.name, p.status, JSON.stringify(p.categories), p.rating?.score ?? null, p.updatedAt, expectedVersion + 1],
  );
  if (updated.length === 0) return false;
  await insertAction(tx, p.providerId, expectedVersion + 1, action);
  return true;
}

export interface ProviderListFilter {
  status?: string;
  category?: string;
  /** Text in the name. */
  text?: string;
}

/** Provider ids by filter, by name (the caller folds each log). */
export async function listProviderIds(q: Queryable, f: ProviderListFilter, limit: number): Promise<string[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (f.status) where.push(`status = $${params.push(f.status)}`);
  if (f.category) where.push(`categories @> $${params.push(JSON.stringify([f.category]))}::jsonb`);
  if (f.text) where.push(`strpos(name, $${params.push(f.text)}) > 0`);
  const rows = await q.query<{ provider_id: string }>(
    `SELECT provider_id FROM service_providers ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name, provider_id LIMIT $${params.push(limit)}`, params);
  return rows.map((r) => r.provider_id);
}
