import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enterpriseCode, readEnterpriseCode, readTaskCode, taskCode } from './supervision-code';

const SECRET = 'test-secret-0123456789abcdef';
const A = '91440300MA5HQ1PC0X';
const B = '91440300MA5HQ1PD0Y';
const TASK = 'it-0000aaaa-1111';

describe('监督码 codes', () => {
  it('reads back what the server signed', () => {
    expect(readEnterpriseCode(SECRET, enterpriseCode(SECRET, A))).toEqual({ ok: true, value: { uscc: A } });
    expect(readTaskCode(SECRET, taskCode(SECRET, TASK, A), A)).toEqual({ ok: true, value: { taskId: TASK, uscc: A } });
  });

  it('refuses a task code replayed for another enterprise, and one with the enterprise swapped in', () => {
    const code = taskCode(SECRET, TASK, A);
    expect(readTaskCode(SECRET, code, B)).toMatchObject({ ok: false, error: { code: 'CODE_FOR_ANOTHER_ENTERPRISE' } });
    expect(readTaskCode(SECRET, code.replace(A, B), B)).toMatchObject({ ok: false, error: { code: 'CODE_INVALID' } });
  });

  it('refuses codes signed with another secret, and never lets one kind pass as the other', () => {
    expect(readTaskCode('other', taskCode(SECRET, TASK, A), A).ok).toBe(false);
    expect(readEnterpriseCode('other', enterpriseCode(SECRET, A)).ok).toBe(false);
    const e = enterpriseCode(SECRET, A).split('.');
    expect(readTaskCode(SECRET, `T1.${TASK}.${A}.${e[2]}`, A).ok).toBe(false);
  });

  it('refuses every altered character (no forgery by editing)', () => {
    const code = taskCode(SECRET, TASK, A);
    fc.assert(
      fc.property(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'0123456789ABCDEFabcdef-_.'), (i, c) => {
        fc.pre(code[i] !== c);
        const forged = code.slice(0, i) + c + code.slice(i + 1);
        expect(readTaskCode(SECRET, forged, A).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
