import { defineMessages } from '../../i18n/define-messages';
import { inboxNav } from './inbox-nav';

/** Messages of the enterprise inbox (消息中心). */
export const inboxMessages = defineMessages({
  ...inboxNav.zh,
  'inbox.unread': '未读 {n} 条',
  'inbox.col.policy': '政策',
  'inbox.col.kind': '匹配结果',
  'inbox.col.received': '推送时间',
  'inbox.col.actions': '操作',
  'inbox.kind.ELIGIBLE': '符合条件',
  'inbox.kind.UNKNOWN': '需补充信息',
  'inbox.kind.CONSULTATION_OPENED': '征求意见',
  'inbox.consultation': '查看并提出意见',
  'inbox.needs': '需要补充：{facts}',
  'inbox.why': '查看判断依据',
  'inbox.markRead': '标为已读',
  'inbox.read': '已读',
  'inbox.empty': '暂无消息',
  'inbox.separator': '、',
}, {
  ...inboxNav.en,
  'inbox.unread': '{n} unread',
  'inbox.col.policy': 'Policy',
  'inbox.col.kind': 'Match',
  'inbox.col.received': 'Received',
  'inbox.col.actions': 'Actions',
  'inbox.kind.ELIGIBLE': 'You qualify',
  'inbox.kind.UNKNOWN': 'More information needed',
  'inbox.kind.CONSULTATION_OPENED': 'Public consultation',
  'inbox.consultation': 'Read and comment',
  'inbox.needs': 'Needed: {facts}',
  'inbox.why': 'Why',
  'inbox.markRead': 'Mark read',
  'inbox.read': 'Read',
  'inbox.empty': 'No notices',
  'inbox.separator': ', ',
});
