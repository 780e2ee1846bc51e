import { all, only, type MatrixRows } from '../matrix/principals';

/** A draft id that never exists: reviewers and authors reach the lookup (404), everyone else is refused first. */
const NO_DRAFT = '00000000-0000-4000-8000-000000000000';

/** A draft every authoring principal may save (the key is generated, so repeated runs do not collide). */
const DRAFT = {
  titleZh: '权限矩阵测试政策', titleEn: 'Matrix test policy', summaryZh: '', summaryEn: '',
  effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'INFORMATION_ONLY', topics: [],
  conditions: [{ id: 'revenue', labelZh: '营业收入不超过1000万元', labelEn: 'Revenue at most 10M yuan', when: 'revenue <= wan_yuan(1000)', cite: 'cn/law/sme-promotion#art_2' }],
};
const { summaryZh: _z, summaryEn: _e, ...EDIT } = DRAFT;

/** Policy publication: officials draft and review; the published list is public. */
export const publicationMatrix: MatrixRows = {
  'GET /api/publication/drafts': { url: '/api/publication/drafts', expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']) },
  'POST /api/publication/drafts': { url: '/api/publication/drafts', payload: DRAFT, expect: only(['bureau', 'dept-miit', 'dept-futian'], 201) },
  'GET /api/publication/drafts/:id': { url: `/api/publication/drafts/${NO_DRAFT}`, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 404) },
  'PUT /api/publication/drafts/:id': { url: `/api/publication/drafts/${NO_DRAFT}`, payload: EDIT, expect: only(['bureau', 'dept-miit', 'dept-futian'], 404) },
  'POST /api/publication/drafts/:id/submit': { url: `/api/publication/drafts/${NO_DRAFT}/submit`, expect: only(['bureau', 'dept-miit', 'dept-futian'], 404) },
  'POST /api/publication/drafts/:id/return': { url: `/api/publication/drafts/${NO_DRAFT}/return`, payload: { note: '请补充' }, expect: only(['bureau', 'dept-miit', 'dept-futian'], 404) },
  'POST /api/publication/drafts/:id/publish': { url: `/api/publication/drafts/${NO_DRAFT}/publish`, expect: only(['bureau', 'dept-miit', 'dept-futian'], 404) },
  'POST /api/publication/drafts/:id/amend': { url: `/api/publication/drafts/${NO_DRAFT}/amend`, expect: only(['bureau', 'dept-miit', 'dept-futian'], 404) },
  'POST /api/publication/drafts/:id/withdraw': { url: `/api/publication/drafts/${NO_DRAFT}/withdraw`, payload: { note: '停止执行' }, expect: only(['bureau', 'dept-miit', 'dept-futian'], 404) },
  'POST /api/publication/drafts/:id/preview': { url: `/api/publication/drafts/${NO_DRAFT}/preview`, payload: {}, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 404) },
  'GET /api/publication/vocabulary': { url: '/api/publication/vocabulary', expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']) },
  'POST /api/publication/check-condition': { url: '/api/publication/check-condition', payload: { when: 'revenue <= wan_yuan(1000)' }, expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']) },
  'GET /api/publication/inbox': { url: '/api/publication/inbox', expect: only(['enterprise']) },
  'POST /api/publication/inbox/:id/read': { url: '/api/publication/inbox/999999999/read', expect: only(['enterprise'], 404) },
  'GET /api/public/published-policies': { url: '/api/public/published-policies', expect: all(200, 200) },
};
