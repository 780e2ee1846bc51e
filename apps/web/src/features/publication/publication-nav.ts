import { definePairedMessages } from '../../i18n/define-messages';

/**
 * The menu and breadcrumb labels of publication-messages.ts, kept apart so that the signed-in app's first load carries
 * these and not every message of the feature's pages (apps/web/e2e/js-budget.test.ts); publication-messages.ts includes them.
 */
export const PUBLICATION_NAV = {
  'publication.console.newTitle': { zh: '起草新政策', en: 'New policy draft' },
  'publication.detail.crumb': { zh: '政策详情', en: 'Policy' },
  'publication.menu.console': { zh: '政策发布', en: 'Policy publishing' },
  'publication.public.title': { zh: '惠企政策清单', en: 'Policies for enterprises' },
} as const;

export const publicationNav = definePairedMessages(PUBLICATION_NAV);
export type PublicationNavKey = keyof typeof PUBLICATION_NAV;
