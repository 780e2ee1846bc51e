import { only, type MatrixRows } from '../matrix/principals';

/** Permission-matrix rows of the registry snapshot: its state is for the officials who may run a preview. */
export const snapshotMatrix: MatrixRows = {
  'GET /api/registry-snapshot': { url: '/api/registry-snapshot', expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']) },
};
