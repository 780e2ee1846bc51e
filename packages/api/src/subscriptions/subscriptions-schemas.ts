import { DELIVERY_CHANNELS, DELIVERY_STATUSES, HH_MM, SUPPRESSION_REASONS } from '@huiqi/db';
import { z } from 'zod';
import { bilingualRefinement } from '../errors/zod-messages';
import { checkEmail, checkMobile, checkWebhookUrl } from './subscription-checks';

const TOPIC = /^[A-Z][A-Z0-9_]{1,31}$/;

const Topic = z.string().refine((s) => TOPIC.test(s), bilingualRefinement({
  zh: '字段「topics」：订阅主题应为大写字母开头、由大写字母、数字和下划线组成的代码（如 DIGITAL）',
  en: "field 'topics': a topic must be an upper-case code of letters, digits and underscores (e.g. DIGITAL)",
}));

const Time = (path: string) => z.string().refine((s) => HH_MM.test(s), bilingualRefinement({
  zh: `字段「${path}」：时间应为 HH:MM（00:00–23:59，北京时间）`,
  en: `field '${path}': the time must be HH:MM (00:00–23:59, China time)`,
}));

const Channel = z.object({ channel: z.enum(DELIVERY_CHANNELS), address: z.string().trim().min(1).max(500) });

/**
 * The preferences an enterprise saves (a full replacement). `allowLocalHttp`: outside production a
 * webhook may be plain http to this machine (localhost / 127.0.0.1), for testing a receiver.
 */
export function subscriptionBody(allowLocalHttp: boolean) {
  return z.object({
    topics: z.array(Topic).max(20).default([]),
    channels: z.array(Channel).max(DELIVERY_CHANNELS.length).default([]),
    quietHours: z.object({ from: Time('quietHours.from'), until: Time('quietHours.until') }).nullable().default(null),
  }).superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.channels.forEach((c, i) => {
      const path = `channels.${i}.address`;
      if (seen.has(c.channel)) {
        const message = { zh: `字段「channels.${i}.channel」：渠道 ${c.channel} 重复，每个渠道只能填写一个地址`, en: `field 'channels.${i}.channel': channel ${c.channel} is given twice; one address per channel` };
        ctx.addIssue({ code: 'custom', path: ['channels', i, 'channel'], ...bilingualRefinement(message) });
      }
      seen.add(c.channel);
      const problem = c.channel === 'WEBHOOK' ? checkWebhookUrl(path, c.address, allowLocalHttp) : c.channel === 'EMAIL' ? checkEmail(path, c.address) : checkMobile(path, c.address);
      if (problem) ctx.addIssue({ code: 'custom', path: ['channels', i, 'address'], ...bilingualRefinement(problem) });
    });
    if (body.quietHours && body.quietHours.from === body.quietHours.until) {
      ctx.addIssue({
        code: 'custom', path: ['quietHours', 'until'],
        ...bilingualRefinement({ zh: '字段「quietHours.until」：免打扰结束时间不能与开始时间相同', en: "field 'quietHours.until': quiet hours must end at a different time than they start" }),
      });
    }
  });
}

export const Subscription = z.object({
  uscc: z.string(),
  topics: z.array(z.string()),
  channels: z.array(z.object({ channel: z.enum(DELIVERY_CHANNELS), address: z.string() })),
  quietHours: z.object({ from: z.string(), until: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});

export const Delivery = z.object({
  id: z.number(),
  noticeId: z.number(),
  policyKey: z.string().nullable(),
  version: z.number().nullable(),
  titleZh: z.string(),
  titleEn: z.string(),
  channel: z.enum(DELIVERY_CHANNELS),
  address: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  reason: z.enum(SUPPRESSION_REASONS).nullable(),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  receipt: z.string().nullable(),
  messageText: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
