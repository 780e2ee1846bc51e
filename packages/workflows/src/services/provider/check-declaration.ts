import { checkUscc } from '@huiqi/kernel';
import { isServiceCategory } from '../service-categories';
import { servicesError, type ServicesError } from '../services-error';
import type { ProviderDeclaration } from './provider-action';

/** Sanity bounds for a provider's declaration (input limits, not law). */
export const PROVIDER_LIMITS = { maxName: 100, maxDescription: 1000, maxQualifications: 20, maxShareholders: 50, maxReason: 500 } as const;

const PHONE = /^[0-9+\-() ]{5,30}$/;

/** Checks the USCC (GB 32100: length, characters, check character). */
export function checkProviderUscc(uscc: string): ServicesError | null {
  const c = checkUscc(uscc);
  if (c.valid) return null;
  return servicesError('PROVIDER_USCC_INVALID', c.reason!.zh, c.reason!.en, { field: 'uscc', reason: c.code });
}

/** Checks what a provider declares; the first problem is returned, with the field it concerns. */
export function checkProviderDeclaration(d: ProviderDeclaration): ServicesError | null {
  const bad = (field: string, zh: string, en: string) => servicesError('SERVICES_INVALID_INPUT', zh, en, { field });
  if (d.name.trim() === '' || d.name.length > PROVIDER_LIMITS.maxName) return bad('name', `请填写机构名称（不超过 ${PROVIDER_LIMITS.maxName} 字）`, `Give the organisation's name (at most ${PROVIDER_LIMITS.maxName} characters)`);
  if (d.categories.length === 0 || !d.categories.every(isServiceCategory)) return bad('categories', '请至少选择一项服务类别', 'Choose at least one service category');
  if (new Set(d.categories).size !== d.categories.length) return bad('categories', '服务类别不能重复', 'A service category is listed twice');
  if (d.qualifications.length > PROVIDER_LIMITS.maxQualifications) return bad('qualifications', `资质最多 ${PROVIDER_LIMITS.maxQualifications} 项`, `At most ${PROVIDER_LIMITS.maxQualifications} qualifications`);
  if (d.qualifications.some((q) => q.name.trim() === '')) return bad('qualifications', '请填写资质名称', 'Each qualification needs a name');
  if (d.description.length > PROVIDER_LIMITS.maxDescription) return bad('description', `机构简介不超过 ${PROVIDER_LIMITS.maxDescription} 字`, `The description is at most ${PROVIDER_LIMITS.maxDescription} characters`);
  if (!PHONE.test(d.contactPhone)) return bad('contactPhone', '请填写有效的联系电话', 'Give a valid contact phone number');
  if (d.shareholders.length > PROVIDER_LIMITS.maxShareholders || d.shareholders.some((s) => s.trim() === '')) return bad('shareholders', `股东名称不能为空，最多 ${PROVIDER_LIMITS.maxShareholders} 名`, `Shareholder names cannot be empty; at most ${PROVIDER_LIMITS.maxShareholders}`);
  const a = d.account;
  if (a.accountName.trim() === '' || a.bankName.trim() === '' || !/^[0-9]{6,34}$/.test(a.accountNumber)) return bad('account', '请填写完整的收款账户（户名、开户行、6–34 位数字账号）', 'Give the full settlement account (name, bank, a 6–34 digit account number)');
  return null;
}
