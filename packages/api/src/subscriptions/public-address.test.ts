import { describe, expect, it } from 'vitest';
import { isInternalHostName, isPublicAddress, literalAddressOf } from './public-address';
import { checkWebhookUrl } from './subscription-checks';

describe('addresses a webhook may reach', () => {
  it('refuses loopback, private, link-local (metadata), CGNAT, multicast and unspecified addresses', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', 'fc00::5', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'ff02::1']) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });

  it('accepts public addresses', () => {
    for (const a of ['8.8.8.8', '172.32.0.1', '172.15.255.255', '100.128.0.1', '203.119.0.1', '2400:3200::1', '::ffff:8.8.8.8']) expect(isPublicAddress(a), a).toBe(true);
  });

  it('is false for anything that is not an IP address', () => {
    expect(isPublicAddress('example.com')).toBe(false);
    expect(isPublicAddress('')).toBe(false);
  });

  it('knows internal host names and reads IP literals from URL hosts', () => {
    expect(isInternalHostName('LOCALHOST')).toBe(true);
    expect(isInternalHostName('api.localhost.')).toBe(true);
    expect(isInternalHostName('metadata.google.internal')).toBe(true);
    expect(isInternalHostName('hooks.example.cn')).toBe(false);
    expect(literalAddressOf('[::1]')).toBe('::1');
    expect(literalAddressOf(new URL('https://2130706433/').hostname)).toBe('127.0.0.1');
    expect(literalAddressOf('hooks.example.cn')).toBeNull();
  });

  it('refuses a webhook address pointing inside when it is saved, naming the field', () => {
    for (const url of ['https://169.254.169.254/x', 'https://10.0.0.5/hook', 'https://[fd00::1]/h', 'https://svc.internal/h', 'https://localhost/h']) {
      expect(checkWebhookUrl('webhook', url, false)?.zh, url).toContain('不能指向本机');
    }
    expect(checkWebhookUrl('webhook', 'https://hooks.example.cn/huiqi', false)).toBeNull();
    expect(checkWebhookUrl('webhook', 'http://127.0.0.1:9000/hook', true)).toBeNull();
  });
});
