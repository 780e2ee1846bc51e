import { all, PRINCIPALS, type MatrixRows, type PrincipalName } from '../matrix/principals';

/** Each home is read by its own role only (403 for every other signed-in principal, 401 anonymous). */
const own = (...allowed: PrincipalName[]): Record<PrincipalName, number> =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, p === 'anonymous' ? 401 : allowed.includes(p) ? 200 : 403])) as Record<PrincipalName, number>;

/** Permission-matrix rows of the home module. */
export const homeMatrix: MatrixRows = {
  'GET /api/home/enterprise': { url: '/api/home/enterprise', expect: own('enterprise') },
  'GET /api/home/bureau': { url: '/api/home/bureau', expect: own('bureau') },
  'GET /api/home/department': { url: '/api/home/department', expect: own('dept-miit', 'dept-futian') },
  'GET /api/home/bank': { url: '/api/home/bank', expect: own('bank') },
  'GET /api/home/auditor': { url: '/api/home/auditor', expect: own('auditor') },
  'GET /api/home/finance': { url: '/api/home/finance', expect: own('finance') },
  'GET /api/home/public': { url: '/api/home/public', expect: all(200, 200) },
};
