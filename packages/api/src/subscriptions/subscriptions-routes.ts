import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getEnterprise, getSubscription, listDeliveries, saveSubscription, type Database, type User } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { UsccParam } from '../schemas/common';
import { canEditSubscription, canReadSubscription, canReadSubscriptionOf } from './subscriptions-policy';
import { Delivery, Subscription, subscriptionBody } from './subscriptions-schemas';

/** 403 before the lookup for callers who may not read this code, then 404, then the bureau's jurisdiction. */
async function loadReadable(db: Database, user: User, uscc: string): Promise<void> {
  enforce(canReadSubscription(user, uscc));
  const enterprise = await getEnterprise(db, uscc);
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND', { message: { zh: `未找到统一社会信用代码为 ${uscc} 的企业`, en: `No enterprise with code ${uscc}` } });
  enforce(canReadSubscriptionOf(user, enterprise));
}

/**
 * 订阅设置: an enterprise's push preferences (topics, channels with addresses, quiet hours) and its
 * recent deliveries. Secure cookies are on exactly when the server runs in production, so plain-http
 * local webhooks are accepted only when they are off.
 */
export function registerSubscriptionRoutes(app: FastifyInstance, { db, secureCookies }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const Body = subscriptionBody(!secureCookies);
  const Params = z.object({ uscc: UsccParam });
  const Answer = z.object({ subscription: Subscription, canEdit: z.boolean() });

  r.get('/api/enterprises/:uscc/subscription', {
    schema: { tags: ['subscriptions'], summary: '订阅设置 Push preferences of an enterprise (defaults when never saved)', params: Params, response: { 200: Answer } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    await loadReadable(db, user, request.params.uscc);
    return { subscription: await getSubscription(db, request.params.uscc), canEdit: canEditSubscription(user, request.params.uscc).allowed };
  });

  r.put('/api/enterprises/:uscc/subscription', {
    schema: { tags: ['subscriptions'], summary: '保存订阅设置 Replace the push preferences (the enterprise itself)', params: Params, body: Body, response: { 200: Answer } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canEditSubscription(user, request.params.uscc));
    await loadReadable(db, user, request.params.uscc);
    const { subscription } = await db.transaction((tx) => saveSubscription(tx, request.params.uscc, request.body, user.id));
    return { subscription, canEdit: true };
  });

  r.get('/api/enterprises/:uscc/deliveries', {
    schema: {
      tags: ['subscriptions'],
      summary: '推送记录 The enterprise\'s most recent deliveries (channel, status, attempts, last error)',
      params: Params,
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: z.object({ items: z.array(Delivery) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    await loadReadable(db, user, request.params.uscc);
    return { items: await listDeliveries(db, request.params.uscc, request.query.limit) };
  });
}
