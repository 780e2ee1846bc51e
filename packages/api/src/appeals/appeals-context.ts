import { shippedCalendar } from '@huiqi/calendar';
import type { Database, User } from '@huiqi/db';
import { loadRuleBase } from '@huiqi/rules-engine';
import { paymentTermsFromRulesEngine, type Actor, type AppealContext, type PaymentTermsPort } from '@huiqi/workflows';

/**
 * Where appeals are received: the demo city is Shenzhen, so every case goes to the Shenzhen SME
 * bureau's channel (it owns the case, 首接负责制) and its tracking number starts with SZ.
 */
export const APPEALS_JURISDICTION = 'cn-gd-sz';
export const TRACKING_PREFIX = 'SZ';

/**
 * Actions an SME-bureau officer performs as the supervision office (督办): the SME bureau
 * supervises appeal handling in the demo city, and acts as an ordinary department otherwise.
 */
export const SUPERVISION_ACTIONS = new Set(['EXTENSION_APPROVED', 'EXTENSION_DENIED', 'URGED', 'SUPERVISION_NOTICE']);

export interface AppealsRuntime {
  context: AppealContext;
  smeBureauId: string;
}

let paymentTerms: PaymentTermsPort | null | undefined;

function loadPaymentTerms(): PaymentTermsPort | null {
  if (paymentTerms !== undefined) return paymentTerms;
  const loaded = loadRuleBase();
  paymentTerms = loaded.ok ? paymentTermsFromRulesEngine(loaded.value, shippedCalendar(APPEALS_JURISDICTION)) : null;
  return paymentTerms;
}

const runtimes = new WeakMap<Database, Promise<AppealsRuntime>>();

/** The appeal context of this database: the SME bureau from the department registry, the calendar and the payment terms. */
export function appealsRuntime(db: Database): Promise<AppealsRuntime> {
  let r = runtimes.get(db);
  if (!r) {
    r = (async () => {
      const [bureau] = await db.query<{ id: string }>('SELECT id FROM departments WHERE is_sme_bureau AND jurisdiction = $1 ORDER BY id LIMIT 1', [APPEALS_JURISDICTION]);
      const smeBureauId = bureau?.id ?? 'dept-sme';
      const terms = loadPaymentTerms();
      return { smeBureauId, context: { smeBureauId, calendar: shippedCalendar(APPEALS_JURISDICTION), ...(terms ? { paymentTerms: terms } : {}) } };
    })();
    r.catch(() => runtimes.delete(db));
    runtimes.set(db, r);
  }
  return r;
}

/** The user as an actor of the appeals domain; SME-bureau officers act as the supervision office for `SUPERVISION_ACTIONS`. */
export function actorOf(user: User, actionType?: string): Actor | null {
  switch (user.role) {
    case 'ENTERPRISE':
      return { role: 'ENTERPRISE', userId: user.id, departmentId: null, enterpriseId: user.uscc };
    case 'DEPARTMENT':
      return user.departmentId ? { role: 'DEPARTMENT', userId: user.id, departmentId: user.departmentId, enterpriseId: null } : null;
    case 'SME_BUREAU':
      if (!user.departmentId) return null;
      return { role: actionType && SUPERVISION_ACTIONS.has(actionType) ? 'SUPERVISOR' : 'DEPARTMENT', userId: user.id, departmentId: user.departmentId, enterpriseId: null };
    default:
      return null;
  }
}

/** Current time as an ISO instant with the China Standard Time offset (how case actions are dated). */
export function nowInstant(ms = Date.now()): string {
  const local = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 23);
  return `${local}+08:00`;
}
