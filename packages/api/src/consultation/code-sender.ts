import type { ContactChannel } from '@huiqi/db';

export type CodeSendResult = { ok: true } | { ok: false; error: string } | { ok: 'NO_GATEWAY' };

/**
 * Sends a verification code through the city's unified messaging gateways that the delivery module
 * uses (docs/delivery.md: `POST { idempotencyKey, to, subject, text }` for e-mail,
 * `POST { idempotencyKey, to, text }` for SMS; `HUIQI_MAIL_GATEWAY_URL` / `HUIQI_SMS_GATEWAY_URL`).
 * Read at send time, so a process configured after start-up (tests, demo recorder) is honoured.
 */
export async function sendVerificationCode(channel: ContactChannel, to: string, code: string, idempotencyKey: string): Promise<CodeSendResult> {
  const url = channel === 'EMAIL' ? process.env.HUIQI_MAIL_GATEWAY_URL : process.env.HUIQI_SMS_GATEWAY_URL;
  if (!url) return { ok: 'NO_GATEWAY' };
  const text = `【惠企】您的征求意见验证码为 ${code}，10 分钟内有效。如非本人操作，请忽略。`;
  const body = channel === 'EMAIL' ? { idempotencyKey, to, subject: '征求意见验证码', text } : { idempotencyKey, to, text };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok ? { ok: true } : { ok: false, error: `gateway answered ${res.status}` };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'network error' };
  }
}
