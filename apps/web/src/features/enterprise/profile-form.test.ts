import { describe, it, expect } from 'vitest';
import { checkIndustryCode, checkRegistrationDate, profilePatch, profileToFormValues } from './profile-form';
import type { Enterprise } from '../../api/types';

const enterprise: Enterprise = {
  uscc: '91440300MA5HQ1PC0C',
  name: '深圳市鹏城智造科技有限公司',
  registeredAddress: '深圳市南山区示例路 1 号',
  district: 'cn-gd-sz-nanshan',
  districtName: { zh: '南山区', en: 'Nanshan' },
  industryCode: 'C3911',
  registrationDate: '2016-05-18',
  taxpayerType: 'GENERAL',
  isIndividualBusiness: false,
  tags: ['HIGH_TECH', 'SPECIALIZED'],
  version: 1,
  validFrom: '2016-05-18T00:00:00.000Z',
};

describe('profile form', () => {
  it('sends only what changed, trimmed', () => {
    const values = { ...profileToFormValues(enterprise), registeredAddress: ' 深圳市南山区示例路 2 号 ', taxpayerType: 'SMALL_SCALE' as const };
    expect(profilePatch(enterprise, values, false)).toEqual({ registeredAddress: '深圳市南山区示例路 2 号', taxpayerType: 'SMALL_SCALE' });
  });

  it('sends nothing when nothing changed, whatever the tag order', () => {
    expect(profilePatch(enterprise, { ...profileToFormValues(enterprise), tags: ['SPECIALIZED', 'HIGH_TECH'] }, true)).toBeNull();
  });

  it('sends tags only for users who may change them', () => {
    const values = { ...profileToFormValues(enterprise), tags: ['HIGH_TECH'] };
    expect(profilePatch(enterprise, values, false)).toBeNull();
    expect(profilePatch(enterprise, values, true)).toEqual({ tags: ['HIGH_TECH'] });
  });

  it('checks industry codes against GB/T 4754-2017', () => {
    expect(checkIndustryCode('C')).toBeNull();
    expect(checkIndustryCode('C39')).toBeNull();
    expect(checkIndustryCode('I6510')).toBeNull();
    expect(checkIndustryCode('C3')).toBe('validation.industryCode');
    expect(checkIndustryCode('Z39')).toBe('validation.industryCode');
    expect(checkIndustryCode('c39')).toBe('validation.industryCode');
  });

  it('checks registration dates are real and not in the future', () => {
    expect(checkRegistrationDate('2016-05-18', '2026-11-21')).toBeNull();
    expect(checkRegistrationDate('2016-02-30', '2026-11-21')).toBe('validation.date');
    expect(checkRegistrationDate('2016/05/18', '2026-11-21')).toBe('validation.date');
    expect(checkRegistrationDate('2026-11-22', '2026-11-21')).toBe('validation.dateInFuture');
  });
});
