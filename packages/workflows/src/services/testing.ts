import { completeUscc, type PlainDate } from '@huiqi/kernel';
import type { AnyProviderAction, ProviderDeclaration } from './provider/provider-action';
import type { AnyVoucherAction } from './voucher/voucher-action';

/** Fixtures for the services domain tests. */
export const PROVIDER_USCC = completeUscc('91440300MA5F00001');
export const ENTERPRISE_USCC = completeUscc('91440300MA5F00002');

export const declaration = (over: Partial<ProviderDeclaration> = {}): ProviderDeclaration => ({
  name: '深圳某知识产权服务有限公司',
  categories: ['IP_PROTECTION', 'LEGAL_CONSULTING'],
  qualifications: [{ name: '专利代理机构执业许可证', certificateNumber: '44123', validUntil: '2028-12-31' as PlainDate }],
  description: '专利申请、商标注册与维权',
  contactPhone: '0755-12345678',
  shareholders: ['王五'],
  account: { accountName: '深圳某知识产权服务有限公司', accountNumber: '6222020200112233', bankName: '工商银行深圳分行' },
  ...over,
});

export const registered = (uscc = PROVIDER_USCC): AnyProviderAction => ({
  id: 'p1', type: 'REGISTERED', at: '2026-03-01T09:00:00+08:00', actor: { kind: 'PROVIDER', userId: 'u-p', uscc }, payload: { ...declaration(), providerId: 'prov-1', uscc },
});

export const approved: AnyProviderAction = { id: 'p2', type: 'APPROVED', at: '2026-03-02T09:00:00+08:00', actor: { kind: 'BUREAU', userId: 'u-b' }, payload: { note: null } };

export const issued: AnyVoucherAction = {
  id: 'v1', type: 'ISSUED', at: '2026-03-03T09:00:00+08:00', actor: { kind: 'BUREAU', userId: 'u-b' },
  payload: { voucherId: 'vch-1', code: 'SV-0001', programmeId: 'prg-1', amountFen: 500_000, validFrom: '2026-03-03' as PlainDate, validUntil: '2026-06-30' as PlainDate, categories: ['IP_PROTECTION'] },
};

export const claimed: AnyVoucherAction = { id: 'v2', type: 'CLAIMED', at: '2026-03-04T09:00:00+08:00', actor: { kind: 'ENTERPRISE', userId: 'u-e', uscc: ENTERPRISE_USCC }, payload: { uscc: ENTERPRISE_USCC } };

export const redeemed = (over: Partial<Extract<AnyVoucherAction, { type: 'REDEEMED' }>['payload']['service']> = {}, at = '2026-03-10T09:00:00+08:00', enterpriseUscc: string = ENTERPRISE_USCC): AnyVoucherAction => ({
  id: `v3-${at}`, type: 'REDEEMED', at, actor: { kind: 'PROVIDER', userId: 'u-p', uscc: PROVIDER_USCC, providerId: 'prov-1' },
  payload: { providerId: 'prov-1', enterpriseUscc, service: { category: 'IP_PROTECTION', description: '发明专利申请代理', serviceDate: '2026-03-09' as PlainDate, feeFen: 800_000, ...over } },
});
