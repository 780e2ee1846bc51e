import { all, PRINCIPALS, type MatrixRows, type PrincipalName } from '../matrix/principals';

/** `status` for the listed principals, `refused` for the other logged-in ones, 401 for anonymous. */
function some(allowed: PrincipalName[], status: number, refused = 403): Record<PrincipalName, number> {
  return Object.fromEntries(PRINCIPALS.map((p) => [p, p === 'anonymous' ? 401 : allowed.includes(p) ? status : refused])) as Record<PrincipalName, number>;
}

/** A well-formed project id that no project has (the matrix database has no procurement data). */
const NO_PROJECT = 'pp-00000000-0000-0000-0000-000000000000';
const OFFICIALS: PrincipalName[] = ['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'];
const PROJECT_FIELDS = {
  code: 'MATRIX-1',
  name: '权限矩阵测试项目',
  category: 'SERVICES',
  budgetFen: 100_000_00,
  suitableForSme: true,
  reservation: { method: 'WHOLE_PROJECT', reservedFor: 'SME' },
};
const MATRIX_PROJECT = { year: 2030, ...PROJECT_FIELDS };

/** Permission matrix rows of the procurement module (every endpoint × every principal). */
export const procurementMatrix: MatrixRows = {
  // A department's register: its officers; the SME bureau, auditors and admins read any (dept-futian reads its own, which is empty).
  'GET /api/procurement/projects': { url: '/api/procurement/projects?department=dept-miit&year=2030', expect: some(['bureau', 'dept-miit', 'auditor', 'admin'], 200) },
  // Officers of a department register for their own department (the SME bureau for its own); no department → 403.
  'POST /api/procurement/projects': { url: '/api/procurement/projects', payload: MATRIX_PROJECT, expect: some(['bureau', 'dept-miit', 'dept-futian'], 201) },
  'GET /api/procurement/projects/:id': { url: `/api/procurement/projects/${NO_PROJECT}`, expect: some(OFFICIALS, 404) },
  'PUT /api/procurement/projects/:id': { url: `/api/procurement/projects/${NO_PROJECT}`, payload: PROJECT_FIELDS, expect: some(OFFICIALS, 404) },
  'DELETE /api/procurement/projects/:id': { url: `/api/procurement/projects/${NO_PROJECT}`, expect: some(OFFICIALS, 404) },
  'GET /api/procurement/departments/:departmentId/compliance': { url: '/api/procurement/departments/dept-miit/compliance?year=2030', expect: some(['bureau', 'dept-miit', 'auditor', 'admin'], 200) },
  'POST /api/procurement/projects/:id/evaluations': {
    url: `/api/procurement/projects/${NO_PROJECT}/evaluations`,
    payload: { date: '2026-01-05', deductionRate: '0.1', bids: [{ id: 'A', supplier: '某公司', price: '1000', items: [{ makerSize: 'small' }] }] },
    expect: some(OFFICIALS, 404),
  },
  'GET /api/procurement/projects/:id/evaluations': { url: `/api/procurement/projects/${NO_PROJECT}/evaluations`, expect: some(OFFICIALS, 404) },
  'POST /api/procurement/projects/:id/awards': { url: `/api/procurement/projects/${NO_PROJECT}/awards`, payload: { evaluationId: 'pe-00000000-0000', winnerBidId: 'A' }, expect: some(OFFICIALS, 404) },
  // 声明函: only enterprise users make their own (the demo enterprise has 2025 figures: a declaration dated 2026-03-01).
  'GET /api/procurement/my/declaration': { url: '/api/procurement/my/declaration?category=GOODS&projectName=矩阵测试&purchaser=某局&date=2026-03-01', expect: some(['enterprise'], 200) },
  'POST /api/procurement/my/declarations': { url: '/api/procurement/my/declarations', payload: { category: 'SERVICES', projectName: '矩阵测试', purchaser: '某局', date: '2026-03-01' }, expect: some(['enterprise'], 201) },
  'GET /api/procurement/my/declarations': { url: '/api/procurement/my/declarations', expect: some(['enterprise'], 200) },
  'GET /api/procurement/declarations/:id': { url: '/api/procurement/declarations/pd-00000000-0000', expect: { ...all(404), anonymous: 401 } },
  'GET /api/procurement/projects/:id/declarations': { url: `/api/procurement/projects/${NO_PROJECT}/declarations`, expect: some(OFFICIALS, 404) },
  'GET /api/procurement/declaration-checks': { url: '/api/procurement/declaration-checks', expect: some(['bureau', 'auditor', 'admin'], 200) },
  'GET /api/procurement/public/execution': { url: '/api/procurement/public/execution?year=2030', expect: all(200, 200) },
  'GET /api/procurement/public/projects': { url: '/api/procurement/public/projects?year=2030', expect: all(200, 200) },
  'GET /api/procurement/public/awards': { url: '/api/procurement/public/awards', expect: all(200, 200) },
  'GET /api/procurement/public/awards/:id': { url: '/api/procurement/public/awards/pa-00000000-0000', expect: all(404, 404) },
};
