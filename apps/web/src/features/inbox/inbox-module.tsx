import { BellOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature-module';
import { inboxMessages } from './inbox-messages';
import { subscriptionMessages } from './subscription-messages';
import { lazyPage } from '../../app/lazy-page';

const InboxPage = lazyPage(() => import('./InboxPage'), 'InboxPage');

/** The enterprise inbox (消息中心): notices of published policies it qualifies for. */
export const inboxModule: FeatureModule = {
  id: 'inbox',
  messages: { zh: { ...inboxMessages.zh, ...subscriptionMessages.zh }, en: { ...inboxMessages.en, ...subscriptionMessages.en } },
  routes: [{ path: 'inbox', element: <InboxPage /> }],
  menu: (me) => (me.role === 'ENTERPRISE' && me.uscc ? [{ path: '/inbox', label: { zh: inboxMessages.zh['inbox.menu'], en: inboxMessages.en['inbox.menu'] }, icon: <BellOutlined />, order: 21 }] : []),
  breadcrumbs: (parts) => (parts[0] === 'inbox' ? [{ label: { zh: inboxMessages.zh['inbox.title'], en: inboxMessages.en['inbox.title'] } }] : null),
};
