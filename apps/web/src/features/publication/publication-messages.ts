import { defineMessages } from '../../i18n/define-messages';

/** Messages of policy publication pages (the public 惠企政策清单). */
export const publicationMessages = defineMessages({
  'publication.public.title': '惠企政策清单',
  'publication.public.intro': '已发布、现行有效的惠企政策。可按发布部门和主题筛选。',
  'publication.filter.department': '发布部门',
  'publication.filter.topic': '主题',
  'publication.col.policy': '政策',
  'publication.col.department': '发布部门',
  'publication.col.window': '有效期',
  'publication.col.channel': '申报方式',
  'publication.col.conditions': '适用条件',
  'publication.until.open': '长期有效',
  'publication.channel.ONLINE_APPLICATION': '网上申报',
  'publication.channel.NO_APPLICATION': '免申即享',
  'publication.channel.INFORMATION_ONLY': '政策告知',
  'publication.empty': '暂无已发布的政策',
}, {
  'publication.public.title': 'Policies for enterprises',
  'publication.public.intro': 'Published policies in force. Filter by department and topic.',
  'publication.filter.department': 'Department',
  'publication.filter.topic': 'Topic',
  'publication.col.policy': 'Policy',
  'publication.col.department': 'Department',
  'publication.col.window': 'In force',
  'publication.col.channel': 'How to apply',
  'publication.col.conditions': 'Conditions',
  'publication.until.open': 'open-ended',
  'publication.channel.ONLINE_APPLICATION': 'Online application',
  'publication.channel.NO_APPLICATION': 'No application needed',
  'publication.channel.INFORMATION_ONLY': 'Information only',
  'publication.empty': 'No published policies',
});
