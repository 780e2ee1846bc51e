import type { ClaimedDelivery, DeliveryChannel } from '@huiqi/db';

/** Where an enterprise sees its policies and why it qualifies (我的政策). */
export const POLICY_LINK_PATH = '/me/policies';

/** What is sent for one delivery row: the same text on every channel, zh-CN. */
export interface DeliveryMessage {
  /** `huiqi-delivery-<row id>`: the same on every attempt, so a receiver can drop repeats. */
  idempotencyKey: string;
  deliveryId: number;
  noticeId: number;
  channel: DeliveryChannel;
  /** Webhook URL, e-mail address or mobile number. */
  address: string;
  uscc: string;
  policy: { key: string; version: number; titleZh: string; titleEn: string };
  kind: 'ELIGIBLE' | 'UNKNOWN';
  /** 可享受 / 需补充信息 */
  kindZh: string;
  missing: string[];
  subject: string;
  text: string;
  link: string;
}

export const idempotencyKey = (deliveryId: number) => `huiqi-delivery-${deliveryId}`;

export function renderMessage(d: ClaimedDelivery): DeliveryMessage {
  const kindZh = d.kind === 'ELIGIBLE' ? '可享受' : '需补充信息';
  const title = `《${d.titleZh}》`;
  const text = d.kind === 'ELIGIBLE'
    ? `【惠企】贵企业${kindZh}政策${title}。请登录惠企平台查看判断依据和申请方式：${POLICY_LINK_PATH}`
    : `【惠企】政策${title}${kindZh}：${d.missing.join('、')}。请登录惠企平台补充后查看是否符合条件：${POLICY_LINK_PATH}`;
  return {
    idempotencyKey: idempotencyKey(d.id),
    deliveryId: d.id,
    noticeId: d.noticeId,
    channel: d.channel,
    address: d.address,
    uscc: d.uscc,
    policy: { key: d.policyKey, version: d.version, titleZh: d.titleZh, titleEn: d.titleEn },
    kind: d.kind,
    kindZh,
    missing: d.missing,
    subject: `【惠企】政策推送：${title}${kindZh}`,
    text,
    link: POLICY_LINK_PATH,
  };
}
