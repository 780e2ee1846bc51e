import type { ClaimedDelivery, DeliveryChannel } from '@huiqi/db';

/** Where an enterprise sees its policies and why it qualifies (我的政策). */
export const POLICY_LINK_PATH = '/me/policies';
/** Where a consultation is read and commented on. */
export const consultationLinkPath = (consultationId: string) => `/consultations/${encodeURIComponent(consultationId)}`;

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
  /** The policy version; for a consultation notice the key and version are null and the title is the consultation's. */
  policy: { key: string | null; version: number | null; titleZh: string; titleEn: string };
  /** A consultation notice's consultation and its last day for comments. */
  consultation?: { id: string; endDate: string } | null;
  kind: 'ELIGIBLE' | 'UNKNOWN' | 'CONSULTATION_OPENED';
  /** 可享受 / 需补充信息 / 征求意见 */
  kindZh: string;
  missing: string[];
  subject: string;
  text: string;
  link: string;
}

export const idempotencyKey = (deliveryId: number) => `huiqi-delivery-${deliveryId}`;

export function renderMessage(d: ClaimedDelivery): DeliveryMessage {
  if (d.kind === 'CONSULTATION_OPENED' && d.consultation) return renderConsultationMessage(d, d.consultation);
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
    consultation: null,
    kind: d.kind,
    kindZh,
    missing: d.missing,
    subject: `【惠企】政策推送：${title}${kindZh}`,
    text,
    link: POLICY_LINK_PATH,
  };
}

/** A consultation on a draft related to the enterprise opened: the title, the last day for comments and where to comment. */
function renderConsultationMessage(d: ClaimedDelivery, c: { id: string; endDate: string }): DeliveryMessage {
  const link = consultationLinkPath(c.id);
  return {
    idempotencyKey: idempotencyKey(d.id),
    deliveryId: d.id,
    noticeId: d.noticeId,
    channel: d.channel,
    address: d.address,
    uscc: d.uscc,
    policy: { key: null, version: null, titleZh: d.titleZh, titleEn: d.titleEn },
    consultation: c,
    kind: 'CONSULTATION_OPENED',
    kindZh: '征求意见',
    missing: [],
    subject: `【惠企】征求意见：${d.titleZh}`,
    text: `【惠企】与贵企业相关的文件正在公开征求意见：${d.titleZh}。意见截止日期 ${c.endDate}，请登录惠企平台查看并提出意见：${link}`,
    link,
  };
}
