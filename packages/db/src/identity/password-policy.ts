import type { BilingualText } from '@huiqi/kernel';

/** The shortest password an officer or administrator may set. */
export const MIN_PASSWORD_LENGTH = 12;

/** Passwords published or guessed first: refused whatever their length. */
const KNOWN_WEAK = ['huiqi-demo', 'password', 'passw0rd', 'admin', 'administrator', '12345678', '123456789', 'qwerty', 'huiqi', 'changeme', 'welcome', 'letmein', 'iloveyou', 'abc123'];

const classesOf = (p: string): number =>
  [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(p)).length;

/**
 * Checks a new password: at least 12 characters, three of the four kinds (lower case, upper
 * case, digits, other signs — Chinese characters count as other) unless it is 20 characters or
 * longer (a pass phrase), not containing the username, not a known weak password, not one
 * character repeated. Returns the reason in both languages, or null when the password is strong.
 */
export function passwordWeakness(password: string, username: string): BilingualText | null {
  const p = password.normalize('NFC');
  const length = [...p].length;
  if (length < MIN_PASSWORD_LENGTH) return { zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符（现在是 ${length} 个）`, en: `the password needs at least ${MIN_PASSWORD_LENGTH} characters (it has ${length})` };
  if (length > 200) return { zh: '密码不能超过 200 个字符', en: 'the password must not exceed 200 characters' };
  const lower = p.toLowerCase();
  if (new Set(p).size <= 2) return { zh: '密码不能只由一两个字符重复组成', en: 'the password must not repeat one or two characters' };
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return { zh: '密码不能包含用户名', en: 'the password must not contain the username' };
  if (KNOWN_WEAK.some((w) => lower.replace(/[^a-z0-9-]/g, '').startsWith(w) && lower.length < w.length + 6)) return { zh: '这是常见的弱密码，请换一个', en: 'this is a commonly used weak password; choose another' };
  if (length < 20 && classesOf(p) < 3) return { zh: '密码应包含小写字母、大写字母、数字、符号中的至少三类（或使用 20 个字符以上的短语）', en: 'the password needs three of: lower case, upper case, digits, symbols (or a pass phrase of 20 characters or more)' };
  return null;
}
