import { isWithin, listPublishedWithDepartment, publishedSetStamp, type Queryable } from '@huiqi/db';
import type { BilingualText, PlainDate } from '@huiqi/kernel';
import type { PolicyDef, RuleBase } from '@huiqi/rules-engine';
import { AppError } from '../errors/app-error';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { policyOfDraft } from './validate-draft';

/** A published authored policy compiled by the rules engine, ready to evaluate beside the YAML rule base. */
export interface AuthoredPolicy {
  draftId: string;
  policy: PolicyDef;
  department: BilingualText;
  /** The registry jurisdiction the version applies in (an enterprise's district must lie within it). */
  jurisdiction: string;
  effectiveFrom: string;
  /** Last day in force, or null. */
  effectiveUntil: string | null;
}

interface State {
  db: Queryable;
  rb: RuleBase;
  stamp: string;
  byId: Map<string, AuthoredPolicy>;
}

let state: State | null = null;
let loading: Promise<State> | null = null;

/**
 * The compiled PolicyDefs of published versions, kept in the process keyed by draft id. A published
 * version never changes (an amendment is a new version with a new id), so an entry stays valid while
 * its id is published: each call compares one stamp of the set of published ids with the cached one
 * and re-reads only when it moved (another process published, amended or withdrew), compiling only
 * the ids it has not seen. This process's own steps drop the cache at once (forgetPublished).
 */
async function current(db: Queryable, rb: RuleBase): Promise<State> {
  for (let attempt = 0; ; attempt++) {
    const stamp = await publishedSetStamp(db);
    if (state && state.db === db && state.rb === rb && state.stamp === stamp) return state;
    const s = await (loading ??= load(db, rb, stamp).finally(() => {
      loading = null;
    }));
    // A load started by an earlier caller may predate this caller's stamp: read again (a few times at most).
    if ((s.db === db && s.rb === rb && s.stamp === stamp) || attempt >= 2) return s;
  }
}

async function load(db: Queryable, rb: RuleBase, stamp: string): Promise<State> {
  // The stamp was read before the rows: if the set moved in between, the next call reads again.
  const rows = await listPublishedWithDepartment(db);
  const names = new Map((await db.query<{ id: string; name_zh: string }>('SELECT id, name_zh FROM jurisdictions')).map((r) => [r.id, r.name_zh]));
  const known = state && state.db === db && state.rb === rb ? state.byId : new Map<string, AuthoredPolicy>();
  const byId = new Map<string, AuthoredPolicy>();
  for (const d of rows) {
    const cached = known.get(d.id);
    if (cached) {
      byId.set(d.id, cached);
      continue;
    }
    let policy: PolicyDef;
    try {
      policy = await policyOfDraft(d.policyKey, d, ruleJurisdictionOf(rb, d.jurisdiction, names.get(d.jurisdiction) ?? '').id, d.departmentName);
    } catch (e) {
      // Checked when published; it can fail only after a rule-base change. Left out rather than failing every enterprise's answer.
      if (e instanceof AppError) continue;
      throw e;
    }
    byId.set(d.id, { draftId: d.id, policy, department: d.departmentName, jurisdiction: d.jurisdiction, effectiveFrom: d.effectiveFrom, effectiveUntil: d.effectiveUntil });
  }
  state = { db, rb, stamp, byId };
  return state;
}

/** Every published authored policy, compiled (from the process cache, re-read only when the published set moved). */
export async function publishedPolicies(db: Queryable, rb: RuleBase): Promise<AuthoredPolicy[]> {
  return [...(await current(db, rb)).byId.values()];
}

/** Those in force on `date` (effectiveFrom ≤ date ≤ effectiveUntil) whose jurisdiction covers the registry `district`, by policy key. */
export function coveringOn(all: readonly AuthoredPolicy[], district: string, date: PlainDate): AuthoredPolicy[] {
  return all
    .filter((a) => a.effectiveFrom <= date && (a.effectiveUntil === null || date <= a.effectiveUntil) && isWithin(district, a.jurisdiction))
    .sort((a, b) => a.policy.id.localeCompare(b.policy.id));
}

/** After publishing, amending or withdrawing a version in this process: the next read starts from the database. */
export function forgetPublished(draftId?: string): void {
  if (!state) return;
  if (draftId) state.byId.delete(draftId);
  state = { ...state, stamp: '' };
}
