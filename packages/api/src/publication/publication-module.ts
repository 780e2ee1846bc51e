import type { ApiModule } from '../api-module';
import { registerDraftActionRoutes } from './publication-actions';
import { registerDraftRoutes } from './publication-drafts';
import { registerInboxRoutes } from './publication-inbox';
import { registerPreviewRoute } from './publication-preview';
import { registerVocabularyRoutes } from './publication-vocabulary';
import { registerPublicPolicyRoutes } from './public-policies';

/** Policy publication (policies-publish): drafts and their lifecycle, the condition vocabulary and checker, reach preview and what-if, and the public list of published policies. */
export const publicationModule: ApiModule = {
  id: 'policies-publish',
  register(app, deps) {
    registerDraftRoutes(app, deps);
    registerDraftActionRoutes(app, deps);
    registerPreviewRoute(app, deps);
    registerVocabularyRoutes(app, deps);
    registerPublicPolicyRoutes(app, deps);
    registerInboxRoutes(app, deps);
  },
};
