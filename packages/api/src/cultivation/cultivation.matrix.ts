import { all, only, type MatrixRows } from '../matrix/principals';

const X = '/api/cultivation/applications/no-such-application';
const CITY = ['bureau'] as const;
const READERS = ['enterprise', 'bureau', 'dept-futian'] as const;

/**
 * Cultivation: rounds and the 公示 list are public, and anyone may object (an unknown application: 404);
 * the enterprise assesses itself, uploads and applies; the district officer (dept-futian) does 初审;
 * the city's SME authority (bureau) runs rounds, review, experts, 公示 and recognition. City-level
 * departments other than the SME authority (dept-miit) are refused.
 */
export const cultivationMatrix: MatrixRows = {
  'GET /api/cultivation/rounds': { url: '/api/cultivation/rounds', expect: all(200, 200) },
  'GET /api/cultivation/publicity': { url: '/api/cultivation/publicity', expect: all(200, 200) },
  'POST /api/cultivation/applications/:id/objections': { url: `${X}/objections`, payload: { text: '矩阵测试异议', objector: null }, expect: all(404, 404) },
  'POST /api/cultivation/rounds': {
    url: '/api/cultivation/rounds',
    payload: { tier: 'SPECIALIZED', year: 2026, title: '矩阵测试批次', deadline: '2026-12-31' },
    expect: only([...CITY], 201),
  },
  'GET /api/cultivation/self-assessment': { url: '/api/cultivation/self-assessment?tier=SPECIALIZED&date=2026-06-30', expect: only(['enterprise'], 200) },
  'POST /api/cultivation/attachments': { url: '/api/cultivation/attachments?kind=DECLARATION', expect: only(['enterprise'], 400) },
  'GET /api/cultivation/attachments/:attachmentId': { url: '/api/cultivation/attachments/no-such', expect: only([...READERS], 404) },
  'POST /api/cultivation/applications': { url: '/api/cultivation/applications', payload: { roundId: 'no-such-round', attachmentIds: [] }, expect: only(['enterprise'], 404) },
  'GET /api/cultivation/applications': { url: '/api/cultivation/applications', expect: only([...READERS], 200) },
  'GET /api/cultivation/applications/:id': { url: X, expect: only([...READERS], 404) },
  'POST /api/cultivation/applications/:id/withdraw': { url: `${X}/withdraw`, payload: { reason: '撤回' }, expect: only(['enterprise'], 404) },
  'POST /api/cultivation/applications/:id/re-review': { url: `${X}/re-review`, expect: only(['enterprise'], 404) },
  'POST /api/cultivation/applications/:id/district-review': { url: `${X}/district-review`, payload: { decision: 'PASS', opinion: '同意' }, expect: only(['dept-futian'], 404) },
  'POST /api/cultivation/applications/:id/city-review': { url: `${X}/city-review`, payload: { decision: 'PASS', opinion: '同意' }, expect: only([...CITY], 404) },
  'POST /api/cultivation/applications/:id/reject': { url: `${X}/reject`, payload: { reason: '不符合条件' }, expect: only(['bureau', 'dept-futian'], 404) },
  'GET /api/cultivation/pool': { url: '/api/cultivation/pool?tier=SPECIALIZED&date=2026-06-30', expect: only(['bureau', 'dept-futian'], 200) },
  'PUT /api/cultivation/targets/:year': { url: '/api/cultivation/targets/2026', payload: { items: [{ tier: 'SPECIALIZED', district: 'cn-gd-sz', target: 5000 }] }, expect: only([...CITY], 200) },
  'GET /api/cultivation/targets/:year': { url: '/api/cultivation/targets/2026', expect: only(['bureau', 'dept-futian'], 200) },
  'GET /api/cultivation/innovation-score': { url: '/api/cultivation/innovation-score?date=2026-06-30', expect: only(['enterprise'], 200) },
  'GET /api/cultivation/experts': { url: '/api/cultivation/experts', expect: only([...CITY], 200) },
  'PUT /api/cultivation/experts/:expertId': { url: '/api/cultivation/experts/matrix-expert', payload: { name: '矩阵专家', organisation: '某大学', fields: ['C'] }, expect: only([...CITY], 200) },
  'POST /api/cultivation/applications/:id/draw': { url: `${X}/draw`, expect: only([...CITY], 404) },
  'POST /api/cultivation/applications/:id/scores': { url: `${X}/scores`, payload: { expertId: 'matrix-expert', scores: { innovation: 10 } }, expect: only([...CITY], 404) },
  'POST /api/cultivation/applications/:id/publicity': { url: `${X}/publicity`, expect: only([...CITY], 404) },
  'POST /api/cultivation/applications/:id/objections/:objectionId/answer': { url: `${X}/objections/o1/answer`, payload: { answer: '答复', upheld: false }, expect: only([...CITY], 404) },
  'POST /api/cultivation/applications/:id/recognise': { url: `${X}/recognise`, payload: { certificateNumber: 'N-1' }, expect: only([...CITY], 404) },
  'POST /api/cultivation/applications/:id/re-review-decision': { url: `${X}/re-review-decision`, payload: { passed: true, reason: '通过' }, expect: only([...CITY], 404) },
  'POST /api/cultivation/applications/:id/revoke': { url: `${X}/revoke`, payload: { reason: '虚假材料' }, expect: only([...CITY], 404) },
};
