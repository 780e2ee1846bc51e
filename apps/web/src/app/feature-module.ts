import type { ReactNode } from 'react';
import type { Me } from '../api/types';
import type { BilingualText } from '../i18n/bilingual';
import type { FeatureMessages } from '../i18n/define-messages';

/**
 * A feature of the app (law reader, my policies, appeals, procurement …) declares its pages,
 * its menu entries and its messages here, and is listed once in `features/modules.ts`.
 * The layout, router, side menu and breadcrumbs read that list; no other central file changes.
 */
export interface FeatureModule {
  id: string;
  /**
   * The feature's messages, loaded with its pages rather than with the menu (i18n/feature-messages.test.ts
   * checks them); the menu and breadcrumb labels come from the feature's small `*-nav.ts` file.
   */
  messages: () => Promise<FeatureMessages<string>>;
  /** Paths relative to the app root, e.g. `law/:workId`. `isPublic` pages need no login. */
  routes: readonly { path: string; element: ReactNode; isPublic?: boolean }[];
  /** Menu entries for this user (none when the feature is not for this role). */
  menu?: (me: Me) => readonly FeatureMenuEntry[];
  /** Breadcrumb trail for a path owned by this feature, or null when not its path. */
  breadcrumbs?: (parts: readonly string[]) => readonly FeatureCrumb[] | null;
}

export interface FeatureMenuEntry {
  path: string;
  label: BilingualText;
  icon?: ReactNode;
  /** Lower comes first; core entries use 0–99. */
  order?: number;
}

export interface FeatureCrumb {
  label: BilingualText | string;
  path?: string;
}
