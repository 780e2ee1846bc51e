import type { BilingualText } from '@huiqi/kernel';
import { isInternalHostName, isPublicAddress, literalAddressOf } from './public-address';

/** Hosts that may be reached over plain http outside production (a receiver on the same machine). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const field = (path: string, zh: string, en: string): BilingualText => ({ zh: `字段「${path}」：${zh}`, en: `field '${path}': ${en}` });

/** A webhook address: an https URL without credentials; http only to this machine and only when `allowLocalHttp` (not in production). */
export function checkWebhookUrl(path: string, value: string, allowLocalHttp: boolean): BilingualText | null {
  const bad = field(
    path,
    allowLocalHttp ? 'Webhook 地址应为 https:// 开头的网址（本机测试可用 http://localhost 或 http://127.0.0.1）' : 'Webhook 地址应为 https:// 开头的网址',
    allowLocalHttp ? 'the webhook address must be an https:// URL (http://localhost or http://127.0.0.1 for local testing)' : 'the webhook address must be an https:// URL',
  );
  if (value.length > 500) return field(path, 'Webhook 地址不得超过 500 个字符', 'the webhook address must be at most 500 characters');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return bad;
  }
  if (url.username || url.password) return field(path, 'Webhook 地址不得包含用户名或密码', 'the webhook address must not contain a user name or password');
  if (allowLocalHttp && LOCAL_HOSTS.has(url.hostname) && (url.protocol === 'http:' || url.protocol === 'https:')) return null;
  const literal = literalAddressOf(url.hostname);
  if (isInternalHostName(url.hostname) || (literal !== null && !isPublicAddress(literal))) {
    return field(path, 'Webhook 地址不能指向本机、内部网络或保留地址', 'the webhook address must not point to this machine, an internal network or a reserved address');
  }
  if (url.protocol === 'https:') return null;
  return bad;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function checkEmail(path: string, value: string): BilingualText | null {
  return value.length <= 254 && EMAIL.test(value) ? null : field(path, '电子邮箱地址格式不正确（如 office@example.cn）', 'not a valid e-mail address (e.g. office@example.cn)');
}

/** A mainland China mobile number: 11 digits starting 13–19. */
export const MOBILE = /^1[3-9]\d{9}$/;

export function checkMobile(path: string, value: string): BilingualText | null {
  return MOBILE.test(value) ? null : field(path, '手机号码应为 11 位中国大陆手机号（1 开头，第二位 3–9）', 'must be an 11-digit mainland China mobile number (1, then 3–9, then 9 digits)');
}
