import { startEarly } from '../api/client';
import type { Me } from '../api/types';
import { homeRoleOf } from '../features/home/home-role';

/**
 * The data of a signed-in first page, asked for as soon as the session check has answered, while the
 * page's own code is still on its way (bench/first-load.ts: on a phone's network that is one round
 * trip less after the code arrives). The addresses are those the pages ask for (features/home/home-api.ts
 * fetchHome, features/policies/policies-api.ts fetchEligibility without a date); the page's request
 * takes the answer (api/client.ts startEarly).
 */
export function firstPageData(location: { pathname: string; search: string }, me: Me): string[] {
  if (location.pathname === '/home') {
    const role = homeRoleOf(me);
    return role ? [`/api/home/${role}`] : [];
  }
  if (location.pathname === '/me/policies' && me.uscc && !new URLSearchParams(location.search).has('date')) {
    return [`/api/enterprises/${encodeURIComponent(me.uscc)}/eligibility?explain=1`];
  }
  return [];
}

export function startFirstPageData(me: Me): void {
  for (const path of firstPageData(window.location, me)) startEarly(path);
}
