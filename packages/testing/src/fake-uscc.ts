import { completeOrgCode, completeUscc, USCC_CHARSET, type Uscc } from '@huiqi/kernel';
import { seededPermutation } from './seeded-permutation';

/**
 * Fake unified social credit codes that are valid (GB 32100 check character, GB 11714
 * organisation-code check) but can never be a real entity's code:
 *
 *   91 | 440399 | MA dddddd k | c        (92 for 个体工商户)
 *
 * - positions 3–8 are `440399`, a GB/T 2260 code that is not assigned: Shenzhen's real
 *   registration areas are 440300 (the city) and 440303–440311 (its districts);
 * - positions 9–16 are `MA` plus six base-31 characters, a seeded permutation of the row
 *   index (unique within a population; different seeds give different codes);
 * - position 17 is the GB 11714 check character, position 18 the GB 32100 one.
 *
 * `isFakeUscc` recognises the pattern, so fixtures and lint rules can tell fake from real.
 */
export const FAKE_USCC_REGION = '440399';
const BODY_SPACE = 31 ** 6;

export function fakeUsccFactory(seed: number): (index: number, isIndividualBusiness: boolean) => Uscc {
  const permute = seededPermutation(seed, 0x05cc, BODY_SPACE);
  return (index, isIndividualBusiness) => {
    if (!Number.isSafeInteger(index) || index < 0 || index >= BODY_SPACE) throw new RangeError(`fake uscc index out of range: ${index}`);
    let n = permute(index);
    let body = '';
    for (let k = 0; k < 6; k++) {
      body = USCC_CHARSET[n % 31]! + body;
      n = Math.floor(n / 31);
    }
    return completeUscc(`${isIndividualBusiness ? '92' : '91'}${FAKE_USCC_REGION}${completeOrgCode(`MA${body}`)}`);
  };
}

export function isFakeUscc(code: string): boolean {
  return /^9[12]440399MA[0-9A-HJ-NP-RTUWXY]{6}[0-9X][0-9A-HJ-NP-RTUWXY]$/.test(code);
}
