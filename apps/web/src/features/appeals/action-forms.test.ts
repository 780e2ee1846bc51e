import { describe, expect, it } from 'vitest';
import { ACTION_FORMS, ACTIONS_WITH_ATTACHMENTS, payloadOf } from './action-forms';

describe('payloadOf', () => {
  it('builds the payload the domain expects for each offered action', () => {
    expect(payloadOf('DISPATCHED', { ownership: 'SINGLE', lead: 'dept-miit', note: '  ' })).toEqual({ ownership: 'SINGLE', lead: 'dept-miit', coHandlers: [], note: null });
    expect(payloadOf('RATED', { satisfaction: 'DISSATISFIED', comment: '未解决' })).toEqual({ satisfaction: 'DISSATISFIED', isResolved: false, comment: '未解决' });
    expect(payloadOf('ANSWERED', { text: ' 已办理 ' })).toEqual({ text: '已办理', attachments: [] });
    expect(payloadOf('REJECTED', { reason: 'OUTSIDE_JURISDICTION', explanation: '不属本市' })).toEqual({ reason: 'OUTSIDE_JURISDICTION', explanation: '不属本市', relatedCaseId: null });
  });

  it('names the uploaded attachments of an answer or of added information, and of no other action', () => {
    expect(payloadOf('ANSWERED', { text: '见附件' }, ['att-1', 'att-2'])).toEqual({ text: '见附件', attachments: ['att-1', 'att-2'] });
    expect(payloadOf('INFO_PROVIDED', { text: '补充验收单' }, ['att-3'])).toEqual({ text: '补充验收单', attachments: ['att-3'] });
    expect(payloadOf('NOTE_ADDED', { text: '内部', isInternal: true }, ['att-4'])).toEqual({ text: '内部', isInternal: true });
    expect([...ACTIONS_WITH_ATTACHMENTS].sort()).toEqual(['ANSWERED', 'INFO_PROVIDED']);
  });

  it('has a form for every action a person can be offered', () => {
    const offered = ['ACCEPTED', 'REJECTED', 'DISPATCHED', 'TRANSFERRED', 'RETURNED', 'EXTENSION_REQUESTED', 'EXTENSION_APPROVED', 'EXTENSION_DENIED', 'INFO_REQUESTED', 'INFO_PROVIDED', 'NOTE_ADDED', 'ANSWERED', 'RATED', 'REOPENED', 'CLOSED', 'WITHDRAWN', 'URGED', 'SUPERVISION_NOTICE', 'CREDIT_MARKED'];
    expect(offered.filter((a) => !(a in ACTION_FORMS))).toEqual([]);
  });
});
