import { describe, expect, it } from 'vitest';
import { bilingualIssue } from '../errors/zod-messages';
import { subscriptionBody } from './subscriptions-schemas';

const issues = (allowLocalHttp: boolean, body: unknown) => {
  const r = subscriptionBody(allowLocalHttp).safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => bilingualIssue(i as never));
};

describe('subscription body', () => {
  it('accepts topics, one address per channel and quiet hours spanning midnight; fills the defaults', () => {
    expect(subscriptionBody(false).parse({})).toEqual({ topics: [], channels: [], quietHours: null });
    const body = {
      topics: ['DIGITAL', 'TECH_SME'],
      channels: [{ channel: 'WEBHOOK', address: 'https://hooks.example.cn/huiqi?k=1' }, { channel: 'EMAIL', address: 'office@example.cn' }, { channel: 'SMS', address: ' 13800138000 ' }],
      quietHours: { from: '22:00', until: '07:30' },
    };
    expect(subscriptionBody(false).parse(body).channels[2]).toEqual({ channel: 'SMS', address: '13800138000' });
  });

  it('names the field of each problem in Chinese and English', () => {
    const found = issues(true, {
      topics: ['digital'],
      channels: [{ channel: 'WEBHOOK', address: 'http://example.cn/hook' }, { channel: 'EMAIL', address: 'office@' }, { channel: 'SMS', address: '12800138000' }],
      quietHours: { from: '22:00', until: '24:00' },
    });
    expect(found.map((i) => i.path).sort()).toEqual(['channels.0.address', 'channels.1.address', 'channels.2.address', 'quietHours.until', 'topics.0']);
    for (const i of found) {
      expect(i.message.zh).toMatch(/^字段「[a-zA-Z0-9.]+」：/);
      expect(i.message.en).toMatch(/^field '[a-zA-Z0-9.]+': /);
    }
    expect(found.find((i) => i.path === 'channels.2.address')!.message.zh).toContain('11 位中国大陆手机号');
  });

  it('allows plain http only to this machine, and only outside production', () => {
    const hook = (address: string) => ({ channels: [{ channel: 'WEBHOOK', address }] });
    expect(issues(true, hook('http://127.0.0.1:9000/hook'))).toEqual([]);
    expect(issues(true, hook('http://localhost/hook'))).toEqual([]);
    expect(issues(false, hook('http://127.0.0.1:9000/hook'))[0]!.message.en).toBe("field 'channels.0.address': the webhook address must not point to this machine, an internal network or a reserved address");
    expect(issues(true, hook('http://10.0.0.8/hook'))).toHaveLength(1);
    expect(issues(true, hook('ftp://example.cn/x'))).toHaveLength(1);
    expect(issues(true, hook('https://user:secret@example.cn/x'))[0]!.message.zh).toContain('不得包含用户名或密码');
  });

  it('refuses a channel given twice and quiet hours that start and end at the same minute', () => {
    const twice = issues(false, { channels: [{ channel: 'SMS', address: '13800138000' }, { channel: 'SMS', address: '13900139000' }] });
    expect(twice.map((i) => i.path)).toEqual(['channels.1.channel']);
    const same = issues(false, { quietHours: { from: '08:00', until: '08:00' } });
    expect(same.map((i) => [i.path, i.message.zh])).toEqual([['quietHours.until', '字段「quietHours.until」：免打扰结束时间不能与开始时间相同']]);
  });
});
