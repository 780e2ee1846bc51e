import { completeUscc } from '@huiqi/kernel';
import { all, only, type MatrixRows } from '../matrix/principals';

const NO_PLAN = 'ip-00000000-0000-0000-0000-000000000000';
const NO_ITEM = 'ii-00000000-0000-0000-0000-000000000000';
const READERS = ['bureau', 'dept-miit', 'auditor', 'admin'] as const;
const MANAGERS = ['bureau', 'dept-miit', 'dept-futian'] as const;
const NO_VISIT = 'it-00000000-0000-0000-0000-000000000000';
const ANY_USCC = completeUscc('91440300MA5HQ1PC0');

/** Permission matrix rows of the inspections module (every endpoint × every principal). */
export const inspectionsMatrix: MatrixRows = {
  'GET /api/inspections/public/items': { url: '/api/inspections/public/items', expect: all(200, 200) },
  // A department's own list: its officers; the SME bureau, auditors and admins read any (dept-futian asks for dept-miit: refused).
  'GET /api/inspections/items': { url: '/api/inspections/items?department=dept-miit', expect: only([...READERS], 200) },
  // An unresolvable legal basis: officers with a department get 422 (the check runs after authorization); others 403.
  'POST /api/inspections/items': { url: '/api/inspections/items', payload: { name: '矩阵测试事项', legalBasis: ['cn/law/no-such-law@2000-01-01#art_1'], method: 'ON_SITE', annualCapPerEnterprise: 1 }, expect: only([...MANAGERS], 422) },
  'POST /api/inspections/items/:id/publish': { url: `/api/inspections/items/${NO_ITEM}/publish`, expect: only([...MANAGERS], 404) },
  'GET /api/inspections/inspectors': { url: '/api/inspections/inspectors?department=dept-miit', expect: only([...READERS], 200) },
  'PUT /api/inspections/inspectors/:id': { url: '/api/inspections/inspectors/matrix-inspector', payload: { name: '矩阵测试', certificateNo: 'M-1', conflicts: [], isActive: false }, expect: only([...MANAGERS], 200) },
  // Unknown USCC: the SME bureau and admins pass authorization and get 422.
  'PUT /api/inspections/risk-grades': { url: '/api/inspections/risk-grades', payload: { gradedOn: '2026-11-01', grades: [{ uscc: '91440399MA00000009', riskGrade: 'A' }] }, expect: only(['bureau', 'admin'], 422) },
  'GET /api/inspections/sampling-ratios': { url: '/api/inspections/sampling-ratios?jurisdiction=cn-gd-sz&date=2026-12-01', expect: all(200, 200) },
  'GET /api/inspections/plans': { url: '/api/inspections/plans?department=dept-miit', expect: only([...READERS], 200) },
  // An item id that does not exist: officers with a department get 404 after authorization.
  'POST /api/inspections/plans': { url: '/api/inspections/plans', payload: { kind: 'AD_HOC', year: 2030, title: '矩阵测试', itemIds: [NO_ITEM] }, expect: only([...MANAGERS], 404) },
  'GET /api/inspections/plans/:id': { url: `/api/inspections/plans/${NO_PLAN}`, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 404) },
  'POST /api/inspections/plans/:id/commit': { url: `/api/inspections/plans/${NO_PLAN}/commit`, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 404) },
  'POST /api/inspections/plans/:id/draw': { url: `/api/inspections/plans/${NO_PLAN}/draw`, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 404) },
  'POST /api/inspections/plans/:id/cancel': { url: `/api/inspections/plans/${NO_PLAN}/cancel`, payload: { reason: '矩阵测试' }, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 404) },
  'GET /api/inspections/public/plans': { url: '/api/inspections/public/plans', expect: all(200, 200) },
  'GET /api/inspections/public/plans/:id': { url: `/api/inspections/public/plans/${NO_PLAN}`, expect: all(404, 404) },
  'GET /api/inspections/public/plans/:id/candidates': { url: `/api/inspections/public/plans/${NO_PLAN}/candidates`, expect: all(404, 404) },
  'POST /api/inspections/draw': { url: '/api/inspections/draw', payload: { seed: 's', ratio: 1, candidates: [{ uscc: ANY_USCC }] }, expect: all(200, 200) },
  'GET /api/inspections/my/code': { url: '/api/inspections/my/code', expect: only(['enterprise'], 200) },
  // A code the server did not sign: officers with a department get 422 after authorization.
  'POST /api/inspections/codes/scan-enterprise': { url: '/api/inspections/codes/scan-enterprise', payload: { code: `E1.${ANY_USCC}.forged` }, expect: only([...MANAGERS], 422) },
  // A code the server did not sign: officers with a department get 422 after authorization.
  'POST /api/inspections/visits': { url: '/api/inspections/visits', payload: { enterpriseCode: `E1.${ANY_USCC}.forged`, planId: NO_PLAN, inspectorIds: ['a', 'b'] }, expect: only([...MANAGERS], 422) },
  'GET /api/inspections/visits': { url: '/api/inspections/visits?department=dept-miit', expect: only([...READERS], 200) },
  'GET /api/inspections/visits/:id': { url: `/api/inspections/visits/${NO_VISIT}`, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 404) },
  'POST /api/inspections/visits/:id/close': { url: `/api/inspections/visits/${NO_VISIT}/close`, expect: only([...MANAGERS], 404) },
  // A task code the server did not sign: enterprise users get 422 after authorization.
  'POST /api/inspections/task-code/check': { url: '/api/inspections/task-code/check', payload: { code: `T1.${NO_VISIT}.${ANY_USCC}.forged` }, expect: only(['enterprise'], 422) },
  'POST /api/inspections/task-code/rate': { url: '/api/inspections/task-code/rate', payload: { code: `T1.${NO_VISIT}.${ANY_USCC}.forged`, score: 5 }, expect: only(['enterprise'], 422) },
  'POST /api/inspections/task-code/complain': { url: '/api/inspections/task-code/complain', payload: { code: `T1.${NO_VISIT}.${ANY_USCC}.forged`, description: '矩阵测试' }, expect: only(['enterprise'], 422) },
  'GET /api/inspections/ratings': { url: '/api/inspections/ratings?department=dept-miit', expect: only([...READERS], 200) },
  // A visit that does not exist: department officers pass authorization and get 404.
  'POST /api/inspections/visits/:id/result': { url: `/api/inspections/visits/${NO_VISIT}/result`, payload: { outcome: 'NO_PROBLEM', summary: '矩阵测试', inspectedOn: '2026-11-01' }, expect: only([...MANAGERS], 404) },
  'POST /api/inspections/visits/:id/result/publish': { url: `/api/inspections/visits/${NO_VISIT}/result/publish`, expect: only([...MANAGERS], 404) },
  'GET /api/inspections/results': { url: '/api/inspections/results?department=dept-miit', expect: only([...READERS], 200) },
  'GET /api/inspections/public/results': { url: '/api/inspections/public/results', expect: all(200, 200) },
  'GET /api/inspections/my/results': { url: '/api/inspections/my/results', expect: only(['enterprise'], 200) },
  'GET /api/inspections/minor-violations': { url: '/api/inspections/minor-violations?department=dept-miit', expect: all(200, 200) },
  // Departments see what involves them; the SME bureau, auditors and admins everything.
  'GET /api/inspections/oversight': { url: '/api/inspections/oversight?year=2026', expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 200) },
  // A day after today: enterprise users pass authorization and get 422.
  'POST /api/inspections/my/unregistered-visits': { url: '/api/inspections/my/unregistered-visits', payload: { visitedOn: '2199-01-01', description: '矩阵测试' }, expect: only(['enterprise'], 422) },
};
