import { BellOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature-module';
import { inboxNav } from './inbox-nav';
import { lazyPage } from '../../app/lazy-page';

const InboxPage = lazyPage(() => import('./InboxPage'), 'InboxPage');

/** The enterprise inbox (消息中心): notices of published policies it qualifies for. */
export const inboxModule: FeatureModule = {
  id: 'inbox',
  messages: async () => {
    const [{ inboxMessages }, { subscriptionMessages }] = await Promise.all([import('./inbox-messages'), import('./subscription-messages')]);
    return { zh: { ...inboxMessages.zh, ...subscriptionMessages.zh }, en: { ...inboxMessages.en, ...subscriptionMessages.en } };
  },
  routes: [{ path: 'inbox', element: <InboxPage /> }],
  menu: (me) => (me.role === 'ENTERPRISE' && me.uscc ? [{ path: '/inbox', label: { zh: inboxNav.zh['inbox.menu'], en: inboxNav.en['inbox.menu'] }, icon: <BellOutlined />, order: 21 }] : []),
  breadcrumbs: (parts) => (parts[0] === 'inbox' ? [{ label: { zh: inboxNav.zh['inbox.title'], en: inboxNav.en['inbox.title'] } }] : null),
};
