/**
 * 统一社会信用代码 (Unified Social Credit Code) per GB 32100-2015, and the
 * embedded 组织机构代码 per GB 11714-1997. See docs/glossary.md (uscc).
 *
 * Layout (18 chars): 1 登记管理部门 · 2 机构类别 · 3–8 行政区划 · 9–17 主体标识码 (organisation code) · 18 校验码.
 */
declare const usccBrand: unique symbol;
export type Uscc = string & { readonly [usccBrand]: true };

/** The 31 characters allowed, in value order: digits and capitals without I, O, Z, S, V. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const FORBIDDEN = new Set(['I', 'O', 'Z', 'S', 'V']);

export type UsccReasonCode =
  | 'LENGTH'
  | 'FORBIDDEN_LETTER'
  | 'INVALID_CHARACTER'
  | 'CHECK_CHARACTER'
  | 'ORG_CODE_CHECK';

export interface UsccCheck {
  valid: boolean;
  /** Absent when valid. */
  code?: UsccReasonCode;
  reason?: { zh: string; en: string };
  /** Non-fatal findings (the organisation-code check is a warning only, see facts §5). */
  warnings: { code: UsccReasonCode; zh: string; en: string }[];
  expectedCheckCharacter?: string;
}

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += USCC_CHARSET.indexOf(first17[i]!) * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714-1997 check character of an 8-character organisation-code body. */
export function orgCodeCheckCharacter(body8: string): string | null {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i]!;
    let v: number;
    if (c >= '0' && c <= '9') v = c.charCodeAt(0) - 48;
    else if (c >= 'A' && c <= 'Z') v = c.charCodeAt(0) - 55;
    else return null;
    sum += v * weights[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

export function checkUscc(input: string): UsccCheck {
  const code = input.trim().toUpperCase();
  const warnings: UsccCheck['warnings'] = [];
  if (code.length !== 18) {
    return fail('LENGTH', `长度应为18位，实际为${code.length}位`, `must be 18 characters long, got ${code.length}`);
  }
  for (let i = 0; i < 18; i++) {
    const c = code[i]!;
    if (FORBIDDEN.has(c)) {
      return fail('FORBIDDEN_LETTER', `第${i + 1}位为不允许的字母「${c}」（不得使用 I、O、Z、S、V）`, `character ${i + 1} is the forbidden letter '${c}' (I, O, Z, S and V are never used)`);
    }
    if (!USCC_CHARSET.includes(c)) {
      return fail('INVALID_CHARACTER', `第${i + 1}位「${c}」不是数字或大写字母`, `character ${i + 1} '${c}' is not a digit or capital letter`);
    }
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      ...fail('CHECK_CHARACTER', `第18位校验码应为「${expected}」，实际为「${code[17]}」`, `check character (position 18) should be '${expected}', got '${code[17]}'`),
      expectedCheckCharacter: expected,
    };
  }
  const org = code.slice(8, 17);
  const orgCheck = orgCodeCheckCharacter(org.slice(0, 8));
  if (orgCheck !== org[8]) {
    warnings.push({
      code: 'ORG_CODE_CHECK',
      zh: `第9–17位组织机构代码校验位应为「${orgCheck ?? '?'}」，实际为「${org[8]}」（仅提示）`,
      en: `organisation code (positions 9–17) check character should be '${orgCheck ?? '?'}', got '${org[8]}' (warning only)`,
    });
  }
  return { valid: true, warnings };

  function fail(c: UsccReasonCode, zh: string, en: string): UsccCheck {
    return { valid: false, code: c, reason: { zh: `统一社会信用代码无效：${zh}`, en: `invalid unified social credit code: ${en}` }, warnings };
  }
}

export function parseUscc(input: string): Uscc | null {
  return checkUscc(input).valid ? (input.trim().toUpperCase() as Uscc) : null;
}

/** Builds a valid code from a 17-character body (for generators of fake codes). */
export function completeUscc(first17: string): Uscc {
  return (first17 + usccCheckCharacter(first17)) as Uscc;
}

/** A valid organisation code: 8-char body plus its GB 11714 check character. */
export function completeOrgCode(body8: string): string {
  const c = orgCodeCheckCharacter(body8);
  if (c === null) throw new RangeError(`organisation code body must be digits or capitals: ${body8}`);
  return body8 + c;
}
