import { describe, expect, it } from 'vitest';
import { checkUscc, completeUscc, orgCodeCheckCharacter, parseUscc, usccCheckCharacter } from './uscc';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each([
    '914403001922038216', // 华为技术有限公司
    '9144030071526726XG', // 腾讯科技（深圳）有限公司
    '91110000600037341L',
    '121200004013590816',
    '91310115MA1K3BTP2B',
    '92340602MA2PBMEM24',
  ])('accepts the published code %s', (code) => {
    expect(checkUscc(code)).toMatchObject({ valid: true });
  });

  it('rejects a wrong check character and names the expected one', () => {
    const r = checkUscc('914403001922038217');
    expect(r.valid).toBe(false);
    expect(r.code).toBe('CHECK_CHARACTER');
    expect(r.expectedCheckCharacter).toBe('6');
    expect(r.reason?.zh).toContain('校验码');
    expect(r.reason?.en).toContain('check character');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the forbidden letter %s and says which position', (letter) => {
    const r = checkUscc(`91440300192203821${letter}`);
    expect(r).toMatchObject({ valid: false, code: 'FORBIDDEN_LETTER' });
    expect(r.reason?.en).toContain(`'${letter}'`);
    expect(r.reason?.zh).toContain('第18位');
  });

  it('rejects a wrong length with the actual length', () => {
    const r = checkUscc('91440300192203821');
    expect(r).toMatchObject({ valid: false, code: 'LENGTH' });
    expect(r.reason?.zh).toContain('17');
  });

  it('rejects lowercase-free invalid characters such as punctuation', () => {
    expect(checkUscc('91440300192203821-').code).toBe('INVALID_CHARACTER');
  });

  it('accepts lowercase input by normalising it', () => {
    expect(parseUscc('9144030071526726xg')).toBe('9144030071526726XG');
  });

  it('computes the check character so that 31 maps to 0', () => {
    expect(usccCheckCharacter('91440300192203821')).toBe('6');
    // Every completed body validates.
    for (const body of ['91440300MA5FXXXX0', '12120000401359081', '92340602MA2PBMEM2']) {
      expect(checkUscc(completeUscc(body.replace(/X/g, '1'))).valid).toBe(true);
    }
  });

  it('checks the embedded organisation code (GB 11714) as a warning only', () => {
    expect(orgCodeCheckCharacter('19220382')).toBe('1');
    expect(orgCodeCheckCharacter('71526726')).toBe('X');
    const body = '914403001922038';
    const withBadOrg = completeUscc(`${body}29`); // org check should be 1, is 9
    const r = checkUscc(withBadOrg);
    expect(r.valid).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['ORG_CODE_CHECK']);
  });
});
