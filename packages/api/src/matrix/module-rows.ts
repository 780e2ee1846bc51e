import type { MatrixRows } from './principals';
import { consultationMatrix } from '../consultation/consultation.matrix';
import { creditMatrix } from '../credit/credit.matrix';
import { riskSharingMatrix } from '../credit/risk-sharing.matrix';
import { servicesMatrix } from '../services/services.matrix';
import { rulesMatrix } from '../rules/rules.matrix';
import { procurementMatrix } from '../procurement/procurement.matrix';
import { lawMatrix } from '../law/law.matrix';
import { benefitsMatrix } from '../benefits/benefits.matrix';
import { appealsMatrix } from '../appeals/appeals.matrix';
import { publicationMatrix } from '../publication/publication.matrix';
import { subscriptionsMatrix } from '../subscriptions/subscriptions.matrix';
import { accountsMatrix } from '../accounts/accounts.matrix';
import { inspectionsMatrix } from '../inspections/inspections.matrix';
import { adminMatrix } from '../admin/admin.matrix';
import { intakeMatrix } from '../intake/intake.matrix';
import { benefitsFundAdminMatrix } from '../benefits/benefits-fund-admin.matrix';
import { snapshotMatrix } from '../snapshot/snapshot.matrix';
import { statisticsMatrix } from '../statistics/statistics.matrix';
import { cultivationMatrix } from '../cultivation/cultivation.matrix';
import { homeMatrix } from '../home/home.matrix';
import { publicCreditMatrix } from '../public-credit/public-credit.matrix';

/** Matrix rows of every API module, one spread per module (`...lawMatrix`). */
export const MODULE_MATRIX_ROWS: MatrixRows = {
  ...appealsMatrix,
  ...consultationMatrix,
  ...creditMatrix,
  ...riskSharingMatrix,
  ...servicesMatrix,
  ...benefitsMatrix,
  ...lawMatrix,
  ...procurementMatrix,
  ...publicationMatrix,
  ...rulesMatrix,
  ...subscriptionsMatrix,
  ...accountsMatrix,
  ...inspectionsMatrix,
  ...adminMatrix,
  ...intakeMatrix,
  ...benefitsFundAdminMatrix,
  ...snapshotMatrix,
  ...cultivationMatrix,
  ...statisticsMatrix,
  ...homeMatrix,
  ...publicCreditMatrix,
};
