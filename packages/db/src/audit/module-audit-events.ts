/**
 * Audit events of feature modules (appeals, benefits, procurement …): each module declares its
 * union in its own folder (e.g. `../appeals/appeal-audit-events.ts`) and adds it here, one line each.
 */
import type { AppealAuditEvent } from '../appeals/appeal-audit-events';
import type { RulesAuditEvent } from '../rules/rules-audit-events';
import type { JobsAuditEvent } from '../jobs/jobs-audit-events';
import type { BenefitAuditEvent } from '../benefits/benefit-audit-events';
import type { ProcurementAuditEvent } from '../procurement/procurement-audit-events';
import type { PublicationAuditEvent } from '../publication/publication-audit-events';
import type { DeliveryAuditEvent } from '../delivery/delivery-audit-events';
import type { AccountsAuditEvent } from '../accounts/accounts-audit-events';
import type { ConsultationAuditEvent } from '../consultation/consultation-audit-events';
import type { AdminAuditEvent } from '../admin/admin-audit-events';
import type { IntakeAuditEvent } from '../intake/intake-audit-events';
import type { InspectionAuditEvent } from '../inspections/inspection-audit-events';
import type { CreditAuditEvent } from '../credit/credit-audit-events';
import type { ServicesAuditEvent } from '../services/services-audit-events';
import type { StatisticsAuditEvent } from '../statistics/statistics-audit-events';
import type { CultivationAuditEvent } from '../cultivation/cultivation-audit-events';
import type { RiskSharingAuditEvent } from '../credit/risk-sharing-audit-events';
import type { PublicCreditAuditEvent } from '../public-credit/public-credit-audit-events';

export type ModuleAuditEvent = PublicCreditAuditEvent | RiskSharingAuditEvent | CultivationAuditEvent | ServicesAuditEvent | StatisticsAuditEvent | CreditAuditEvent | InspectionAuditEvent | ConsultationAuditEvent | IntakeAuditEvent | AccountsAuditEvent | AdminAuditEvent | DeliveryAuditEvent | PublicationAuditEvent | ProcurementAuditEvent | BenefitAuditEvent | AppealAuditEvent | JobsAuditEvent | RulesAuditEvent;
