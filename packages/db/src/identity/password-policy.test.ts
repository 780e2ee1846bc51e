import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-policy';

describe('passwordWeakness', () => {
  it.each([
    ['short1!A', '至少需要 12'],
    ['aaaaaaaaaaaaaa', '重复'],
    ['Zhangwei-2026!x', '用户名'],
    ['Password12345', '弱密码'],
    ['huiqi-demo-2026', '弱密码'],
    ['alllowercaseletters', '三类'],
  ])('refuses %s with a bilingual reason', (pw, zh) => {
    const w = passwordWeakness(pw, 'zhangwei');
    expect(w?.zh).toContain(zh);
    expect(w?.en.length).toBeGreaterThan(10);
  });
  it.each(['Tr0ub4dor&3-horse', 'correct horse battery staple', '深圳市中小企业服务局2026年系统管理员账号'])('accepts %s', (pw) => {
    expect(passwordWeakness(pw, 'zhangwei')).toBeNull();
  });
});
