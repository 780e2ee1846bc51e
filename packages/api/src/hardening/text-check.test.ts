import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkAndNormalizeText, textProblem } from './text-check';

describe('text that may enter the platform', () => {
  it('refuses U+0000 and the other control characters, naming the field', () => {
    expect(checkAndNormalizeText({ name: 'a\u0000b' })).toEqual({ field: 'name', problem: 'CONTROL_CHARACTER', codePoint: 'U+0000' });
    expect(checkAndNormalizeText({ items: [{ title: 'ok' }, { title: 'x\u001by' }] })).toEqual({ field: 'items[1].title', problem: 'CONTROL_CHARACTER', codePoint: 'U+001B' });
    expect(checkAndNormalizeText('\u007f')).toMatchObject({ field: '(body)', codePoint: 'U+007F' });
  });

  it('keeps tabs and line breaks', () => {
    expect(checkAndNormalizeText({ text: '第一条\n第二条\r\n\t（一）' })).toBeNull();
  });

  it('refuses an unpaired surrogate half but keeps a real pair (𠀀)', () => {
    expect(textProblem('a\uD800')).toEqual({ problem: 'LONE_SURROGATE', codePoint: 'U+D800' });
    expect(textProblem('\uDC00a')).toEqual({ problem: 'LONE_SURROGATE', codePoint: 'U+DC00' });
    expect(textProblem('\uD840\uDC00')).toBeNull();
  });

  it('checks keys too', () => {
    expect(checkAndNormalizeText({ 'a\u0000': 1 })).toMatchObject({ field: '(key)', problem: 'CONTROL_CHARACTER' });
  });

  it('normalises strings to NFC in place', () => {
    const body = { name: 'e\u0301', list: ['A\u030A'] };
    expect(checkAndNormalizeText(body)).toBeNull();
    expect(body).toEqual({ name: '\u00E9', list: ['\u00C5'] });
  });

  it('reads the query parser’s objects (their prototype has no prototype)', () => {
    const query = Object.create(Object.create(null)) as Record<string, unknown>;
    query.q = '\u0000';
    expect(checkAndNormalizeText(query)).toMatchObject({ field: 'q', codePoint: 'U+0000' });
  });

  it('leaves buffers and class instances alone', () => {
    expect(checkAndNormalizeText({ file: Buffer.from([0, 1, 2]) })).toBeNull();
  });

  it('refuses direction overrides and isolates (a file name that reads backwards), keeping Chinese and emoji', () => {
    expect(textProblem('合同\u202Etxt.exe')).toEqual({ problem: 'BIDI_CONTROL', codePoint: 'U+202E' });
    expect(textProblem('a\u2066b')).toEqual({ problem: 'BIDI_CONTROL', codePoint: 'U+2066' });
    expect(textProblem('深圳市鹏城智造科技有限公司 👍')).toBeNull();
  });

  it('refuses a value made only of zero-width or other invisible characters, but not one with visible text around them', () => {
    expect(checkAndNormalizeText({ displayName: '\u200B\u200B' })).toEqual({ field: 'displayName', problem: 'INVISIBLE_ONLY', codePoint: 'U+200B' });
    expect(textProblem(' \uFEFF ')).toEqual({ problem: 'INVISIBLE_ONLY', codePoint: 'U+FEFF' });
    expect(textProblem('张\u200D三')).toBeNull();
    expect(textProblem('   ')).toBeNull();
    expect(textProblem('')).toBeNull();
  });

  it('never throws and accepts exactly the strings without control characters, lone surrogates, direction controls or invisible-only text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const isWellFormed = (() => { try { encodeURIComponent(s); return true; } catch { return false; } })();
        const invisibleOnly = /\p{Cf}/u.test(s) && /^[\s\p{Cf}]*$/u.test(s);
        const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/.test(s) || !isWellFormed || invisibleOnly;
        expect(checkAndNormalizeText({ s }) !== null).toBe(bad);
      }),
    );
  });
});
