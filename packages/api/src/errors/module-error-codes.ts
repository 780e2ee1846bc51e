import { LAW_ERROR_CODES } from '../law/law-error-codes';
import { CONSULTATION_ERROR_CODES_HTTP } from '../consultation/consultation-error-codes';
import { CREDIT_ERROR_CODES_HTTP } from '../credit/credit-error-codes';
import { SERVICES_ERROR_CODES_HTTP } from '../services/services-error-codes';
import { RULES_ERROR_CODES } from '../rules/rules-error-codes';
import { PROCUREMENT_ERROR_CODES } from '../procurement/procurement-error-codes';
import { BENEFITS_ERROR_CODES } from '../benefits/benefits-error-codes';
import { APPEALS_ERROR_CODES } from '../appeals/appeals-error-codes';
import { PUBLICATION_ERROR_CODES } from '../publication/publication-error-codes';
import { GUARD_ERROR_CODES } from '../guard/guard-error-codes';
import { ACCOUNTS_ERROR_CODES } from '../accounts/accounts-error-codes';
import { INSPECTIONS_ERROR_CODES } from '../inspections/inspections-error-codes';
import { ADMIN_ERROR_CODES } from '../admin/admin-error-codes';
import { INTAKE_ERROR_CODES } from '../intake/intake-error-codes';
import { SNAPSHOT_ERROR_CODES } from '../snapshot/snapshot-error-codes';
import { STATISTICS_ERROR_CODES } from '../statistics/statistics-error-codes';
import { CULTIVATION_ERROR_CODES_HTTP } from '../cultivation/cultivation-error-codes';
import { RISK_SHARING_ERROR_CODES_HTTP } from '../credit/risk-sharing-error-codes';
import { PUBLIC_CREDIT_ERROR_CODES_HTTP } from '../public-credit/public-credit-error-codes';

/** One entry of an error-code table: the HTTP status and the default bilingual message. */
export interface ErrorCodeEntry {
  status: number;
  zh: string;
  en: string;
}

/**
 * Error codes of the feature modules: each module keeps its own table beside its routes
 * (e.g. `../law/law-error-codes.ts`, `as const satisfies Record<string, ErrorCodeEntry>`) and
 * spreads it here, one line each. Codes are persisted by clients: never rename one.
 */
export const MODULE_ERROR_CODES = {
  ...APPEALS_ERROR_CODES,
  ...CONSULTATION_ERROR_CODES_HTTP,
  ...BENEFITS_ERROR_CODES,
  ...LAW_ERROR_CODES,
  ...CREDIT_ERROR_CODES_HTTP,
  ...RISK_SHARING_ERROR_CODES_HTTP,
  ...SERVICES_ERROR_CODES_HTTP,
  ...PROCUREMENT_ERROR_CODES,
  ...PUBLICATION_ERROR_CODES,
  ...RULES_ERROR_CODES,
  ...GUARD_ERROR_CODES,
  ...ACCOUNTS_ERROR_CODES,
  ...INSPECTIONS_ERROR_CODES,
  ...ADMIN_ERROR_CODES,
  ...INTAKE_ERROR_CODES,
  ...SNAPSHOT_ERROR_CODES,
  ...CULTIVATION_ERROR_CODES_HTTP,
  ...STATISTICS_ERROR_CODES,
  ...PUBLIC_CREDIT_ERROR_CODES_HTTP,
} as const satisfies Record<string, ErrorCodeEntry>;
