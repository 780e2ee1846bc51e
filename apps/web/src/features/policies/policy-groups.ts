import type { EligibilityStatus, PolicyAnswer } from './policies-api';

/** The sections of 我的政策, in display order. */
export const POLICY_SECTIONS = ['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN', 'NOT_IN_FORCE'] as const satisfies readonly EligibilityStatus[];

/** Policies per status, each section sorted by amount (largest first), then title. Every policy lands in exactly one section. */
export function groupPolicies(policies: readonly PolicyAnswer[]): Record<EligibilityStatus, PolicyAnswer[]> {
  const groups: Record<EligibilityStatus, PolicyAnswer[]> = { ELIGIBLE: [], INELIGIBLE: [], UNKNOWN: [], NOT_IN_FORCE: [] };
  for (const p of policies) groups[p.status].push(p);
  for (const list of Object.values(groups)) list.sort((a, b) => (b.amountFen ?? -1) - (a.amountFen ?? -1) || a.title.zh.localeCompare(b.title.zh, 'zh'));
  return groups;
}

/** Where the enterprise fills in a missing fact: its profile page, the figures tab, or the declared-facts form on this page. */
export function fillLink(kind: 'PROFILE' | 'FIGURES' | 'DECLARED'): string {
  switch (kind) {
    case 'PROFILE':
      return '/me/enterprise';
    case 'FIGURES':
      return '/me/enterprise?tab=figures';
    case 'DECLARED':
      return '#declared-facts';
  }
}
