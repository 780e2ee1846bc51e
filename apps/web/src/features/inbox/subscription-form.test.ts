import { describe, expect, it } from 'vitest';
import { checkAddress, isQuietHoursValid, toBody, toFormValues } from './subscription-form';
import { subscriptionMessages } from './subscription-messages';
import { inboxModule } from './inbox-module';

describe('subscription form', () => {
  it('turns the saved preferences into one address field per channel and back, empty meaning off', () => {
    const saved = {
      uscc: '91440300MA5HQ1PC0X', topics: ['DIGITAL'], updatedAt: '2026-11-20T00:00:00.000Z',
      channels: [{ channel: 'SMS' as const, address: '13800138000' }], quietHours: { from: '22:00', until: '07:00' },
    };
    const values = toFormValues(saved);
    expect(values).toEqual({ topics: ['DIGITAL'], WEBHOOK: '', EMAIL: '', SMS: '13800138000', quietHours: ['22:00', '07:00'] });
    expect(toBody({ ...values, EMAIL: ' office@example.cn ' })).toEqual({
      topics: ['DIGITAL'], channels: [{ channel: 'EMAIL', address: 'office@example.cn' }, { channel: 'SMS', address: '13800138000' }], quietHours: { from: '22:00', until: '07:00' },
    });
    expect(toBody({ topics: [], WEBHOOK: '', EMAIL: '', SMS: '', quietHours: null })).toEqual({ topics: [], channels: [], quietHours: null });
  });

  it('checks each address like the server does and names the message to show', () => {
    expect(checkAddress('WEBHOOK', 'https://hooks.example.cn/huiqi')).toBeNull();
    expect(checkAddress('WEBHOOK', 'http://127.0.0.1:9000/hook')).toBeNull();
    expect(checkAddress('WEBHOOK', 'http://hooks.example.cn/huiqi')).toBe('sub.invalid.WEBHOOK');
    expect(checkAddress('EMAIL', 'office@example.cn')).toBeNull();
    expect(checkAddress('EMAIL', 'office@')).toBe('sub.invalid.EMAIL');
    expect(checkAddress('SMS', '13800138000')).toBeNull();
    expect(checkAddress('SMS', '12800138000')).toBe('sub.invalid.SMS');
    expect(checkAddress('SMS', '')).toBeNull();
    for (const key of ['sub.invalid.WEBHOOK', 'sub.invalid.EMAIL', 'sub.invalid.SMS'] as const) expect(subscriptionMessages.zh[key].length).toBeGreaterThan(0);
  });

  it('accepts quiet hours across midnight but not an empty period', () => {
    expect(isQuietHoursValid(['22:00', '07:00'])).toBe(true);
    expect(isQuietHoursValid(null)).toBe(true);
    expect(isQuietHoursValid(['08:00', '08:00'])).toBe(false);
  });

  it('the inbox module carries the subscription messages, so they are checked with the others', async () => {
    const messages = await inboxModule.messages();
    expect(messages.zh['sub.title']).toBe('订阅设置');
    expect(messages.en['deliveries.title']).toBe('Deliveries');
  });
});
