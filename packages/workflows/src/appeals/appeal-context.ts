import type { Calendar } from '@huiqi/calendar';
import type { DepartmentId } from './actor';
import type { PaymentTermsPort } from './arrears-terms';
import type { TimeLimitsPort } from './time-limits/jurisdiction-time-limits';

/** What applyAction needs besides the log: injected by the composition root, never read from globals. */
export interface AppealContext {
  /** The jurisdiction's SME department (中小企业主管部门): leads matters without one owner or spanning several. */
  smeBureauId: DepartmentId;
  /** Working-day calendar of the case's jurisdiction (@huiqi/calendar). */
  calendar: Calendar;
  /** Time limits; defaults to the rule base's (`rules/appeals/time-limits.yaml` and its dated parameters). */
  timeLimits?: TimeLimitsPort;
  /** Payment-terms function of the rules engine; needed to compute an arrears complaint's due date and interest. */
  paymentTerms?: PaymentTermsPort;
}
