import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of the subscription and delivery routes, read from the generated OpenAPI types. */
export type Subscription = ApiJson<'/api/enterprises/{uscc}/subscription', 'get'>['subscription'];
export type DeliveryChannel = ItemOf<Subscription['channels']>['channel'];
export type QuietHours = NonNullable<Subscription['quietHours']>;
export type Delivery = ItemOf<ApiJson<'/api/enterprises/{uscc}/deliveries', 'get'>['items']>;
export type DeliveryStatus = Delivery['status'];
export type SubscriptionBody = NonNullable<ApiBody<'/api/enterprises/{uscc}/subscription', 'put'>>;

/** The channels in the order the settings list them (checked against the API's list both ways). */
export const DELIVERY_CHANNELS = ['WEBHOOK', 'EMAIL', 'SMS'] as const satisfies readonly DeliveryChannel[];
const allListed: [Exclude<DeliveryChannel, (typeof DELIVERY_CHANNELS)[number]>] extends [never] ? true : false = true;
void allListed;

export const fetchSubscription = (uscc: string) => callApi('get', '/api/enterprises/{uscc}/subscription', { params: { uscc } });
export const saveSubscription = (uscc: string, body: SubscriptionBody) => callApi('put', '/api/enterprises/{uscc}/subscription', { params: { uscc }, body });
export const fetchDeliveries = (uscc: string) => callApi('get', '/api/enterprises/{uscc}/deliveries', { params: { uscc }, query: { limit: 20 } });

/** Topics of the published policies (the public list), to choose from. */
export async function fetchKnownTopics(): Promise<string[]> {
  const policies = await callApi('get', '/api/public/published-policies', { query: {} });
  return [...new Set(policies.flatMap((p) => p.topics))].sort();
}
