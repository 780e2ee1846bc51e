import type { ApiModule } from '../api-module';
import { lawLibrary } from './law-library';
import { registerLawDiffRoute } from './law-diff';
import { registerLawResolveRoute } from './law-resolve';
import { registerLawSearchRoute } from './law-search';
import { registerLawWorkRoutes } from './law-works';

/**
 * The law reader's API: public read endpoints over the repository's `law/` folder (no database).
 * Anyone may call them, signed in or not: they serve official texts.
 */
export const lawModule: ApiModule = {
  id: 'law',
  register(app) {
    // Parse law/ and build the search index once at start, not on the first request.
    lawLibrary().search('中小企业', { limit: 1 });
    registerLawWorkRoutes(app);
    registerLawResolveRoute(app);
    registerLawSearchRoute(app);
    registerLawDiffRoute(app);
  },
};
