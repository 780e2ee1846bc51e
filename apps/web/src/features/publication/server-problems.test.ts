import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { placeServerError } from './server-problems';

const invalid = (zh: string, en: string, details?: unknown) => new ApiError(422, 'PUBLICATION_CONDITION_INVALID', { zh, en }, details);

describe('a refused save, placed on the form', () => {
  it('marks the condition the type checker named, with its position, in the current language', () => {
    const e = invalid('staff（第 11 个字符）：未知的名称「employes」', 'staff (at 11): unknown name \'employes\'');
    const zh = placeServerError(e, 'zh', ['revenue', 'staff']);
    expect(zh.conditions).toEqual({ 1: 'staff（第 11 个字符）：未知的名称「employes」' });
    expect(zh.general).toContain('staff（第 11 个字符）');
    expect(placeServerError(e, 'en', ['revenue', 'staff']).conditions).toEqual({ 1: 'staff (at 11): unknown name \'employes\'' });
  });

  it('uses the condition id the server names in details, and the amount', () => {
    expect(placeServerError(invalid('条件无法通过校验', 'does not check', { conditionId: 'revenue' }), 'zh', ['revenue']).conditions).toEqual({ 0: '条件无法通过校验' });
    expect(placeServerError(invalid('amount（第 1 个字符）：此处需要金额', 'amount (at 1): money expected'), 'en', ['revenue']).amount).toBe('amount (at 1): money expected');
  });

  it('leaves other failures above the form only', () => {
    const conflict = placeServerError(new ApiError(409, 'PUBLICATION_WRONG_STATUS', { zh: '该政策当前状态不允许此操作', en: 'Not now' }), 'zh', ['revenue']);
    expect(conflict).toEqual({ general: '该政策当前状态不允许此操作', conditions: {}, amount: null });
    expect(placeServerError(invalid('日期格式应为 YYYY-MM-DD', 'Dates must be YYYY-MM-DD'), 'zh', ['revenue']).conditions).toEqual({});
  });
});
