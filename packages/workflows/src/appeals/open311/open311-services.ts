import { APPEAL_TYPES, appealTypes, type AppealType } from '../appeal-type';
import { debtorKindLabels } from '../appeals-labels';
import { DEBTOR_KINDS, PAYMENT_TRIGGERS } from '../arrears-form';
import type { Open311Attribute, Open311Lang, Open311Service, Open311ServiceDefinition } from './open311-types';

const pick = (t: { zh: string; en: string }, lang: Open311Lang) => (lang === 'en' ? t.en : t.zh);

/** Our appeal types are the Open311 services; the service code is the persisted type code. */
export function open311Services(lang: Open311Lang = 'zh-CN'): Open311Service[] {
  return APPEAL_TYPES.map((type) => {
    const info = appealTypes[type];
    return {
      service_code: type,
      service_name: pick(info.label, lang),
      description: `${pick(info.description, lang)}${info.isAnonymousAllowed ? (lang === 'en' ? ' (may be submitted anonymously)' : '（可匿名提交）') : lang === 'en' ? ' (needs a logged-in enterprise)' : '（须企业登录后提交）'}`,
      metadata: type === 'ARREARS_COMPLAINT',
      type: 'realtime',
      keywords: info.keywords.join(','),
      group: lang === 'en' ? 'Enterprise appeals' : '企业诉求',
    };
  });
}

const TRIGGER_NAMES = { DELIVERY: { zh: '交付', en: 'delivery' }, ACCEPTANCE: { zh: '检验或验收合格', en: 'passing acceptance' } } as const;

/** Extra fields of the arrears complaint, as Open311 attributes (one payment at most; use the native form for more). */
export const ARREARS_ATTRIBUTES = [
  ['contract_title', 'string', true, { zh: '合同名称', en: 'Contract title' }],
  ['contract_number', 'string', false, { zh: '合同编号', en: 'Contract number' }],
  ['contract_signed_on', 'datetime', true, { zh: '合同签订日期（YYYY-MM-DD）', en: 'Date the contract was signed (YYYY-MM-DD)' }],
  ['agreed_payment_days', 'number', false, { zh: '合同约定付款期限（日）', en: 'Payment period agreed in the contract (days)' }],
  ['payment_trigger', 'singlevaluelist', true, { zh: '付款期限起算', en: 'The payment period runs from' }],
  ['sme_declared', 'singlevaluelist', true, { zh: '签订合同时是否已书面告知对方为中小企业', en: 'Told the debtor in writing it is an SME when signing' }],
  ['debtor_name', 'string', true, { zh: '被投诉人名称', en: 'Debtor name' }],
  ['debtor_kind', 'singlevaluelist', true, { zh: '被投诉人类型', en: 'Debtor type' }],
  ['delivered_on', 'datetime', true, { zh: '交付日期（YYYY-MM-DD）', en: 'Delivery date (YYYY-MM-DD)' }],
  ['accepted_on', 'datetime', false, { zh: '验收日期（YYYY-MM-DD）', en: 'Acceptance date (YYYY-MM-DD)' }],
  ['amount_yuan', 'number', true, { zh: '合同金额（元）', en: 'Contract amount (yuan)' }],
  ['paid_yuan', 'number', false, { zh: '已付金额（元）', en: 'Amount paid (yuan)' }],
  ['paid_on', 'datetime', false, { zh: '付款日期（YYYY-MM-DD）', en: 'Date paid (YYYY-MM-DD)' }],
] as const;

export function open311ServiceDefinition(code: string, lang: Open311Lang = 'zh-CN'): Open311ServiceDefinition | null {
  if (!(APPEAL_TYPES as readonly string[]).includes(code)) return null;
  if ((code as AppealType) !== 'ARREARS_COMPLAINT') return { service_code: code, attributes: [] };
  const attributes: Open311Attribute[] = ARREARS_ATTRIBUTES.map(([attr, datatype, required, label], i) => {
    const a: Open311Attribute = { variable: true, code: attr, datatype, required, datatype_description: '', order: i + 1, description: pick(label, lang) };
    if (attr === 'debtor_kind') a.values = DEBTOR_KINDS.map((k) => ({ key: k, name: pick(debtorKindLabels[k], lang) }));
    if (attr === 'payment_trigger') a.values = PAYMENT_TRIGGERS.map((k) => ({ key: k, name: pick(TRIGGER_NAMES[k], lang) }));
    if (attr === 'sme_declared') a.values = [{ key: 'true', name: lang === 'en' ? 'yes' : '是' }, { key: 'false', name: lang === 'en' ? 'no' : '否' }];
    return a;
  });
  return { service_code: code, attributes };
}
