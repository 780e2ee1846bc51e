import { all, only, type MatrixRows } from '../matrix/principals';

const OFFICERS = ['bureau', 'dept-miit', 'dept-futian'] as const;
const X = '/api/consultations/no-such-consultation';
const comment = { targetEid: null, text: '矩阵测试意见', proposedWording: null };

/**
 * Consultation: the public reads (anonymous too); officers with a department open and handle
 * consultations (ownership is checked on the record: another department gets 403); enterprises
 * comment when signed in, the public with a verified contact token (401 without one).
 */
export const consultationMatrix: MatrixRows = {
  'GET /api/consultations': { url: '/api/consultations', expect: all(200, 200) },
  'POST /api/consultations': {
    url: '/api/consultations',
    payload: {
      draft: { kind: 'REGULATION', workId: 'cn-gd-sz/regulation/sme-promotion', versionId: '2025-01-23' },
      title: '矩阵测试征求意见', issuingBody: '深圳市中小企业服务局', contact: { name: null, phone: '0755-00000000', email: null, address: null },
      startDate: '2026-11-02', endDate: '2026-12-04', explanatoryNote: '说明', isIdentityPublished: false, shortPeriodReason: null,
    },
    expect: only([...OFFICERS], 201),
  },
  'GET /api/consultations/:id': { url: X, expect: all(404, 404) },
  'POST /api/consultations/:id/comments': { url: `${X}/comments`, payload: comment, expect: only(['enterprise'], 404) },
  'PUT /api/consultations/:id/comments/:commentId': { url: `${X}/comments/c1`, payload: comment, expect: only(['enterprise'], 404) },
  'DELETE /api/consultations/:id/comments/:commentId': { url: `${X}/comments/c1`, expect: only(['enterprise'], 404) },
  'POST /api/consultations/:id/comments/:commentId/hide': { url: `${X}/comments/c1/hide`, payload: { reason: '广告' }, expect: only([...OFFICERS], 404) },
  'POST /api/consultations/:id/comments/:commentId/answer': { url: `${X}/comments/c1/answer`, payload: { outcome: 'ADOPTED', reason: '采纳' }, expect: only([...OFFICERS], 404) },
  'POST /api/consultations/:id/groups': { url: `${X}/groups`, payload: { leadId: 'a', memberIds: ['b'] }, expect: only([...OFFICERS], 404) },
  'POST /api/consultations/:id/end-period': { url: `${X}/end-period`, expect: only([...OFFICERS], 404) },
  'POST /api/consultations/:id/revised-draft': { url: `${X}/revised-draft`, payload: { text: '第一条 修改后的条文。' }, expect: only([...OFFICERS], 404) },
  'POST /api/consultations/:id/publish': { url: `${X}/publish`, expect: only([...OFFICERS], 404) },
  'GET /api/consultations/:id/draft': { url: `${X}/draft`, expect: all(404, 404) },
  'GET /api/consultations/:id/report': { url: `${X}/report`, expect: all(404, 404) },
  'GET /api/consultations/:id/report.html': { url: `${X}/report.html`, expect: all(404, 404) },
  'GET /api/consultations/:id/report.pdf': { url: `${X}/report.pdf`, expect: all(404, 404) },
  'POST /api/consultations/:id/attachments': { url: `${X}/attachments`, expect: only(['enterprise'], 404) },
  'GET /api/consultations/:id/attachments/:attachmentId': { url: `${X}/attachments/a1`, expect: only(['enterprise', ...OFFICERS], 404) },
  'POST /api/consultation-contacts': { url: '/api/consultation-contacts', payload: { channel: 'SMS', address: '12345', displayName: '矩阵' }, expect: all(400, 400) },
  'POST /api/consultation-contacts/:contactId/verify': { url: '/api/consultation-contacts/no-such/verify', payload: { code: '123456' }, expect: all(410, 410) },
};
