import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { statisticsMessages } from './statistics-messages';
import { statisticsBreadcrumbs, statisticsMenu } from './statistics-module';

const me = (role: Me['role']): Me => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', isDemo: false });

describe('statistics menu, breadcrumbs and messages', () => {
  it('gives officials the indicators and the report, and everyone the public statistics', () => {
    expect(statisticsMenu(me('SME_BUREAU')).map((e) => e.path)).toEqual(['/statistics/indicators', '/statistics/report', '/statistics/public']);
    expect(statisticsMenu(me('ENTERPRISE')).map((e) => e.path)).toEqual(['/statistics/public']);
  });
  it('names the trail of its own paths only', () => {
    expect(statisticsBreadcrumbs(['statistics', 'report'])?.length).toBe(1);
    expect(statisticsBreadcrumbs(['law'])).toBeNull();
  });
  it('has every message in both languages, with the same placeholders', () => {
    for (const key of Object.keys(statisticsMessages.zh) as (keyof typeof statisticsMessages.zh)[]) {
      expect(statisticsMessages.en[key], key).toBeTruthy();
      expect(statisticsMessages.zh[key].match(/\{\w+\}/g) ?? []).toEqual(statisticsMessages.en[key].match(/\{\w+\}/g) ?? []);
    }
  });
});
