import { all, type MatrixRows } from '../matrix/principals';

/** The law reader is public: every principal, anonymous included, gets 200 (official texts). */
export const lawMatrix: MatrixRows = {
  'GET /api/law/works': { url: '/api/law/works', expect: all(200, 200) },
  'GET /api/law/works/:workKey/versions/:version': { url: '/api/law/works/cn-sh~regulation~sme-promotion/versions/2020-06-18', expect: all(200, 200) },
  'GET /api/law/resolve': { url: '/api/law/resolve?address=cn-sh/regulation/sme-promotion%23art_45__para_1&date=2024-01-01', expect: all(200, 200) },
  'GET /api/law/search': { url: '/api/law/search?q=%E8%9E%8D%E8%B5%84%E6%8B%85%E4%BF%9D', expect: all(200, 200) },
  'GET /api/law/diff': { url: '/api/law/diff?work=cn-hn~regulation~sme-promotion-implementation&old=2020-09-16~revision-draft&new=2020-09-16', expect: all(200, 200) },
};
