import { describe, expect, it } from 'vitest';
import { percentText } from './labels';

describe('percentText', () => {
  it.each([['0.3', '30%'], ['0.01', '1%'], ['1', '100%'], ['0', '0%'], ['0.015', '1.5%'], ['0.07', '7%'], ['0.125', '12.5%']])('%s → %s', (r, p) => expect(percentText(r)).toBe(p));
});
