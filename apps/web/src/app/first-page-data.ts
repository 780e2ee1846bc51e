import { startEarly } from '../api/client';
import type { Me } from '../api/types';
import { homeRoleOf } from '../features/home/home-role';
import type { HomeRole } from '../features/home/home-api';

/** The addresses the first pages read (the pages pass the same address to `useApi` as their `seed`). */
export const homeDataUrl = (role: HomeRole) => `/api/home/${role}`;
export const eligibilityDataUrl = (uscc: string) => `/api/enterprises/${encodeURIComponent(uscc)}/eligibility?explain=1`;
export const CALCULATOR_FORM_URL = '/api/public/policy-calculator';

/**
 * The data of a first page: what the server puts in the page it draws (apps/server/src/first-page-render.ts),
 * and, when it did not, what the app asks for as soon as the session check has answered, while the page's
 * own code is still on its way (bench/first-load.ts: on a phone's network that is one round trip less).
 * The addresses are those the pages ask for (features/home/home-api.ts fetchHome,
 * features/policies/policies-api.ts fetchEligibility without a date, fetchCalculatorForm).
 */
export function firstPageData(location: { pathname: string; search: string }, me: Me | null): string[] {
  if (location.pathname === '/policy-calculator') return [CALCULATOR_FORM_URL];
  if (!me) return [];
  if (location.pathname === '/home') {
    const role = homeRoleOf(me);
    return role ? [homeDataUrl(role)] : [];
  }
  if (location.pathname === '/me/policies' && me.uscc && !new URLSearchParams(location.search).has('date')) {
    return [eligibilityDataUrl(me.uscc)];
  }
  return [];
}

export function startFirstPageData(me: Me): void {
  for (const path of firstPageData(window.location, me)) startEarly(path);
}

