import { CREDIT_ARTICLES } from './articles';
import { consentStatus, type Consent } from './consent';
import type { CreditScope } from './scopes';

/** What an institution asks to do: read the values of scopes, or put a yes/no question about one scope. */
export type AccessRequest = { kind: 'READ'; scopes: readonly CreditScope[] } | { kind: 'VERIFY'; scope: CreditScope };

/** Why an access was refused (persisted in the access log; never renamed). */
export const REFUSAL_REASONS = ['NO_CONSENT', 'CONSENT_NOT_STARTED', 'CONSENT_EXPIRED', 'CONSENT_REVOKED', 'SCOPE_NOT_GRANTED', 'VERIFY_NOT_ALLOWED'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const REFUSAL_LABELS: Record<RefusalReason, { zh: string; en: string }> = {
  NO_CONSENT: { zh: '企业未向本机构授权', en: 'The enterprise has not granted this institution a consent' },
  CONSENT_NOT_STARTED: { zh: '授权尚未生效', en: 'The consent is not yet in effect' },
  CONSENT_EXPIRED: { zh: '授权已到期', en: 'The consent has expired' },
  CONSENT_REVOKED: { zh: '企业已撤回授权', en: 'The enterprise revoked the consent' },
  SCOPE_NOT_GRANTED: { zh: '授权范围不包含所请求的数据', en: 'The consent does not cover the data requested' },
  VERIFY_NOT_ALLOWED: { zh: '授权范围不允许对该数据进行核验', en: 'The consent does not allow verification questions about this data' },
};

export type AccessDecision =
  | { allowed: true; consent: Consent; scopes: readonly CreditScope[] }
  | { allowed: false; reason: RefusalReason; consent: Consent | null };

/**
 * 核验授权: an institution may read a scope only under a consent of this enterprise to this institution
 * that is active at `now` and grants the scope in FULL (${CREDIT_ARTICLES.queryNeedsAuthorization}); a
 * yes/no question needs the scope at FULL or VERIFY_ONLY. Among several consents the first active one
 * covering everything asked is used; when none does, the refusal names the most telling reason
 * (scope missing on an active consent, else revoked, expired, not started, else no consent).
 * `consents` are this enterprise's consents to this institution (the caller never passes others').
 */
export function decideAccess(consents: readonly Consent[], request: AccessRequest, now: Date): AccessDecision {
  const asked = request.kind === 'READ' ? request.scopes : [request.scope];
  const covers = (c: Consent) =>
    asked.every((s) => c.scopes.some((g) => g.scope === s && (request.kind === 'VERIFY' || g.access === 'FULL')));
  const byStatus = consents.map((c) => ({ c, status: consentStatus(c, now) }));
  const active = byStatus.filter((x) => x.status === 'ACTIVE');
  const hit = active.find((x) => covers(x.c));
  if (hit) return { allowed: true, consent: hit.c, scopes: asked };
  if (active.length > 0) return { allowed: false, reason: request.kind === 'VERIFY' ? 'VERIFY_NOT_ALLOWED' : 'SCOPE_NOT_GRANTED', consent: active[0]!.c };
  const order = ['REVOKED', 'EXPIRED', 'NOT_YET_STARTED'] as const;
  const reasonOf = { REVOKED: 'CONSENT_REVOKED', EXPIRED: 'CONSENT_EXPIRED', NOT_YET_STARTED: 'CONSENT_NOT_STARTED' } as const;
  for (const s of order) {
    const x = byStatus.find((y) => y.status === s && covers(y.c)) ?? byStatus.find((y) => y.status === s);
    if (x) return { allowed: false, reason: reasonOf[s], consent: x.c };
  }
  return { allowed: false, reason: 'NO_CONSENT', consent: null };
}
