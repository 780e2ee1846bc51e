import type { FeatureModule } from '../../app/feature-module';
import { publicationMessages } from './publication-messages';
import { PublicPolicyListPage } from './PublicPolicyListPage';

/** Policy publication in the app: the public 惠企政策清单 (the officials' authoring console is not built yet). */
export const publicationModule: FeatureModule = {
  id: 'policies-publish',
  messages: publicationMessages,
  routes: [{ path: 'public/policies', element: <PublicPolicyListPage />, isPublic: true }],
  breadcrumbs: (parts) => (parts[0] === 'public' && parts[1] === 'policies' ? [{ label: { zh: publicationMessages.zh['publication.public.title'], en: publicationMessages.en['publication.public.title'] } }] : null),
};
