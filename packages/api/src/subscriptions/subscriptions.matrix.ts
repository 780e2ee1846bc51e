import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { only, type MatrixRows } from '../matrix/principals';

const E = DEMO_ENTERPRISE_USCC;

/** Subscriptions: the enterprise reads and writes its own; the SME bureau (its jurisdiction) and auditors read. */
export const subscriptionsMatrix: MatrixRows = {
  'GET /api/enterprises/:uscc/subscription': { url: `/api/enterprises/${E}/subscription`, expect: only(['enterprise', 'bureau', 'auditor']) },
  'PUT /api/enterprises/:uscc/subscription': { url: `/api/enterprises/${E}/subscription`, payload: { topics: [], channels: [], quietHours: null }, expect: only(['enterprise']) },
  'GET /api/enterprises/:uscc/deliveries': { url: `/api/enterprises/${E}/deliveries`, expect: only(['enterprise', 'bureau', 'auditor']) },
};
