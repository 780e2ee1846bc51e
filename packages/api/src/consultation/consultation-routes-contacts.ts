import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createContactChallenge, verifyContactCode } from '@huiqi/db';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { clientAddress } from './consultation-actor';
import { consultationNow } from './consultation-clock';
import { ContactChallengeOutput, ContactRequestBody, ContactVerifiedOutput, ContactVerifyBody, ContactVerifyParams } from './consultation-schemas';
import { CODE_IP_THROTTLE, CODE_THROTTLE, throttleAll } from './consultation-throttle';
import { sendVerificationCode } from './code-sender';

const tags = ['consultation'];
const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL = /^[^\s@<>"']{1,64}@[^\s@<>"']{1,190}\.[A-Za-z]{2,}$/;

/**
 * Verified contacts for the public and associations: a six-digit code is sent through the
 * delivery module's e-mail or SMS gateway and checked here; the answer is a bearer token for the
 * `X-Consultation-Contact` header. Without a configured gateway the code is shown only in demo mode.
 */
export function registerConsultationContactRoutes(app: FastifyInstance, { db, demoMode }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/consultation-contacts', { schema: { tags, summary: '获取验证码 Send a code to an e-mail address or mobile number', body: ContactRequestBody, response: { 201: ContactChallengeOutput } } }, async (request, reply) => {
    const b = request.body;
    const address = b.channel === 'EMAIL' ? b.address.trim().toLowerCase() : b.address.replace(/[\s-]/g, '');
    if (!(b.channel === 'EMAIL' ? EMAIL : MOBILE).test(address)) {
      throw new AppError('CONSULTATION_CONTACT_INVALID', { message: b.channel === 'EMAIL' ? { zh: '请填写正确的电子邮箱', en: 'Give a valid e-mail address' } : { zh: '请填写正确的 11 位手机号码', en: 'Give a valid 11-digit mainland mobile number' }, details: { field: 'address' } });
    }
    await throttleAll(db, [[[`address:${address}`], CODE_THROTTLE], [[`ip:${clientAddress(request)}`], CODE_IP_THROTTLE]], consultationNow());
    const { contactId, code } = await createContactChallenge(db, { channel: b.channel, address, displayName: b.displayName.trim(), commenterKind: b.commenterKind, now: consultationNow() });
    const sent = await sendVerificationCode(b.channel, address, code, `huiqi-consultation-${contactId}`);
    if (sent.ok === 'NO_GATEWAY' && !demoMode) throw new AppError('CONSULTATION_CHANNEL_UNAVAILABLE');
    if (sent.ok === false) throw new AppError('CONSULTATION_CHANNEL_UNAVAILABLE', { details: { channel: b.channel } });
    reply.status(201);
    return { contactId, channel: b.channel, expiresInSeconds: 600, ...(sent.ok === 'NO_GATEWAY' ? { demoCode: code } : {}) };
  });

  r.post('/api/consultation-contacts/:contactId/verify', { schema: { tags, summary: '校验验证码 Check the code; answers the contact token', params: ContactVerifyParams, body: ContactVerifyBody, response: { 200: ContactVerifiedOutput } } }, async (request) => {
    const out = await db.transaction((tx) => verifyContactCode(tx, { contactId: request.params.contactId, code: request.body.code, now: consultationNow() }));
    if (out.ok) return { token: out.token, contactId: out.contactId };
    if (out.reason === 'EXPIRED' || out.reason === 'TOO_MANY_ATTEMPTS' || out.reason === 'UNKNOWN' || out.reason === 'ALREADY_VERIFIED') {
      throw new AppError('CONSULTATION_CODE_EXPIRED', { message: out.reason === 'TOO_MANY_ATTEMPTS' ? { zh: '验证码错误次数过多，请重新获取', en: 'Too many wrong codes; request a new one' } : { zh: '验证码已失效，请重新获取', en: 'The code is no longer valid; request a new one' }, details: { reason: out.reason } });
    }
    throw new AppError('CONSULTATION_CODE_INVALID', { message: { zh: `验证码不正确，还可尝试 ${out.attemptsLeft} 次`, en: `The code is not correct; ${out.attemptsLeft} attempts left` }, details: { attemptsLeft: out.attemptsLeft } });
  });
}
