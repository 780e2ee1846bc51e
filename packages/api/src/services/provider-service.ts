import { randomUUID } from 'node:crypto';
import { appendProviderAction, createProvider, findProviderIdByUscc, listProviderIds, loadProviderLog, type Database, type ProviderListFilter, type Queryable } from '@huiqi/db';
import {
  applyProviderAction, foldProvider, PROVIDER_STATUS_LABELS, PROVIDER_TRANSITIONS, SERVICE_CATEGORY_LABELS,
  type AnyProviderAction, type ProviderActionType, type ProviderActor, type ProviderDeclaration, type ProviderPayloads, type ProviderPerformer, type ProviderStatusTransitions, type ServiceProvider,
} from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { refusal } from './services-refusal';
import { servicesNow } from './services-clock';

export async function loadProvider(q: Queryable, providerId: string): Promise<{ log: AnyProviderAction[]; provider: ServiceProvider }> {
  const log = await loadProviderLog(q, providerId);
  if (log.length === 0) throw new AppError('PROVIDER_NOT_FOUND');
  return { log, provider: foldProvider(log) };
}

/** The provider registered for an organisation's uscc (null when it has not registered). */
export async function providerOfUscc(q: Queryable, uscc: string): Promise<ServiceProvider | null> {
  const id = await findProviderIdByUscc(q, uscc);
  return id ? (await loadProvider(q, id)).provider : null;
}

/** 服务机构登记: the organisation's account registers it (USCC, categories, qualifications, account). */
export async function registerProvider(db: Database, actor: { userId: string; uscc: string }, d: ProviderDeclaration): Promise<ServiceProvider> {
  if (await findProviderIdByUscc(db, actor.uscc)) throw new AppError('PROVIDER_ALREADY_REGISTERED');
  const action = {
    id: randomUUID(), type: 'REGISTERED', at: servicesNow().toISOString(), actor: { kind: 'PROVIDER', userId: actor.userId, uscc: actor.uscc },
    payload: { ...d, providerId: `sp-${randomUUID()}`, uscc: actor.uscc },
  } as AnyProviderAction;
  const r = applyProviderAction([], action);
  if (!r.ok) throw refusal(r.error);
  await db.transaction((tx) => createProvider(tx, r.value.provider, action));
  return r.value.provider;
}

/** Appends one action (checked by the domain's table and guards), with optimistic locking retried on a concurrent append. */
export async function actOnProvider<T extends Exclude<ProviderActionType, 'REGISTERED'>>(db: Database, providerId: string, type: T, actor: ProviderActor, payload: ProviderPayloads[T]): Promise<ServiceProvider> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { log } = await loadProvider(db, providerId);
    const action = { id: randomUUID(), type, at: servicesNow().toISOString(), actor, payload } as AnyProviderAction;
    const r = applyProviderAction(log, action);
    if (!r.ok) throw refusal(r.error);
    if (await db.transaction((tx) => appendProviderAction(tx, r.value.provider, log.length, action))) return r.value.provider;
  }
  throw new AppError('SERVICES_CONFLICT');
}

const labelled = (p: ServiceProvider) => ({
  providerId: p.providerId,
  name: p.name,
  status: p.status,
  statusLabel: PROVIDER_STATUS_LABELS[p.status],
  categories: p.categories.map((c) => ({ code: c, label: SERVICE_CATEGORY_LABELS[c] })),
  qualifications: p.qualifications,
  description: p.description,
  contactPhone: p.contactPhone,
  rating: p.rating ? { score: p.rating.score, comment: p.rating.comment } : null,
});

/** What the public directory shows: no account, no shareholders, no uscc-level internals beyond the name. */
export const presentPublicProvider = (p: ServiceProvider) => ({ ...labelled(p), uscc: p.uscc });

/** What the provider itself and the bureau see: everything, with the actions they may take. */
export function presentProvider(p: ServiceProvider, performers: readonly ProviderPerformer[]) {
  const row: ProviderStatusTransitions = PROVIDER_TRANSITIONS[p.status];
  return {
    ...labelled(p),
    uscc: p.uscc,
    shareholders: p.shareholders,
    account: p.account,
    reason: p.reason,
    registeredAt: p.registeredAt,
    decidedAt: p.decidedAt,
    updatedAt: p.updatedAt,
    actions: Object.entries(row).filter(([, t]) => t.by.some((x) => performers.includes(x))).map(([a]) => a),
  };
}

export async function listProviders(q: Queryable, f: ProviderListFilter, limit = 200): Promise<ServiceProvider[]> {
  const ids = await listProviderIds(q, f, limit);
  const out: ServiceProvider[] = [];
  for (const id of ids) out.push((await loadProvider(q, id)).provider);
  return out;
}
