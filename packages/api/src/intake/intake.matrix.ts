import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { all, only, type MatrixRows } from '../matrix/principals';

const NO_BATCH = '/api/intake/batches/00000000-0000-4000-8000-000000000000';

/**
 * Data intake: officers of the bureau and of departments upload in the console (a JSON body is
 * not a file: 400 after authorization); the machine API takes only a department system's scoped
 * token, so every session is refused (403); batch reports for the bureau, departments and auditors.
 */
export const intakeMatrix: MatrixRows = {
  'POST /api/intake/previews': { url: '/api/intake/previews?kind=REGISTRY', payload: {}, expect: only(['bureau', 'dept-miit', 'dept-futian'], 400) },
  'POST /api/intake/uploads': { url: '/api/intake/uploads?kind=REGISTRY', payload: {}, expect: only(['bureau', 'dept-miit', 'dept-futian'], 400) },
  'POST /api/intake/batches': { url: '/api/intake/batches?kind=YEARLY_FIGURES&batchKey=matrix', payload: {}, expect: all(403) },
  'GET /api/intake/batches': { url: '/api/intake/batches', expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor']) },
  'GET /api/intake/batches/:id': { url: NO_BATCH, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor'], 404) },
  'GET /api/enterprises/:uscc/data-sources': { url: `/api/enterprises/${DEMO_ENTERPRISE_USCC}/data-sources`, expect: only(['enterprise', 'bureau', 'dept-miit', 'auditor', 'admin']) },
  'GET /api/intake/batches/:id/rejected-rows': { url: `${NO_BATCH}/rejected-rows`, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor'], 404) },
};
