import { completeUscc, USCC_CHARSET } from '@huiqi/kernel';
import type { Database } from '../database';
import type { EnterpriseProfileFields } from '../enterprises/enterprise-types';
import { ensureJurisdiction } from '../registry/jurisdictions';

let counter = 0;
const RUN = Math.floor(Math.random() * 31 ** 3);

/** A fresh, check-valid fake uscc for tests: 9144030 + run id + counter (base 31), check character computed. */
export function fakeUscc(): string {
  counter++;
  const body = `914403TT${toBase31(RUN, 3)}${toBase31(counter, 6)}`;
  return completeUscc(body);
}

function toBase31(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = USCC_CHARSET[n % 31]! + out;
    n = Math.floor(n / 31);
  }
  return out;
}

/** Shenzhen, two districts: enough for registry tests without the whole demo city. */
export async function ensureTestJurisdictions(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await ensureJurisdiction(tx, { id: 'cn', parentId: null, name: { zh: '中国', en: 'China' } }, null);
    await ensureJurisdiction(tx, { id: 'cn-gd', parentId: 'cn', name: { zh: '广东省', en: 'Guangdong' } }, null);
    await ensureJurisdiction(tx, { id: 'cn-gd-sz', parentId: 'cn-gd', name: { zh: '深圳市', en: 'Shenzhen' } }, null);
    await ensureJurisdiction(tx, { id: 'cn-gd-sz-nanshan', parentId: 'cn-gd-sz', name: { zh: '南山区', en: 'Nanshan' } }, null);
    await ensureJurisdiction(tx, { id: 'cn-gd-sz-futian', parentId: 'cn-gd-sz', name: { zh: '福田区', en: 'Futian' } }, null);
  });
}

export function profileFixture(overrides: Partial<EnterpriseProfileFields> = {}): EnterpriseProfileFields {
  return {
    name: '深圳市测试科技有限公司',
    registeredAddress: '深圳市南山区测试路 1 号',
    district: 'cn-gd-sz-nanshan',
    industryCode: 'C3911',
    registrationDate: '2018-03-01',
    taxpayerType: 'GENERAL',
    isIndividualBusiness: false,
    tags: [],
    ...overrides,
  };
}
