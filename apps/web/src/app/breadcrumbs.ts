import type { MessageKey } from '../i18n/dictionary';
import type { BilingualText } from '../i18n/bilingual';
import type { FeatureModule } from './feature-module';
import { FEATURE_MODULES } from '../features/modules';

export interface Crumb {
  labelKey?: MessageKey;
  /** Shown as is (an id or code from the address), when there is no message key. */
  text?: string;
  /** A feature's own bilingual label. */
  label?: BilingualText;
  path?: string;
}

/** The breadcrumb trail for a location of the app. Unknown locations get only "home". */
export function breadcrumbsFor(pathname: string, modules: readonly FeatureModule[] = FEATURE_MODULES): Crumb[] {
  const home: Crumb = { labelKey: 'nav.home', path: '/' };
  const parts = pathname.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
  if (parts[0] === 'welcome') return [{ labelKey: 'nav.home' }];
  if (parts[0] === 'me' && parts[1] === 'enterprise') return [home, { labelKey: 'nav.myEnterprise' }];
  if (parts[0] === 'enterprises') {
    if (parts.length === 1) return [home, { labelKey: 'nav.enterpriseSearch' }];
    return [home, { labelKey: 'nav.enterpriseSearch', path: '/enterprises' }, { labelKey: 'nav.enterpriseDetail' }, { text: parts[1] }];
  }
  if (parts[0] === 'departments') {
    if (parts.length === 1) return [home, { labelKey: 'nav.departments' }];
    // The page's title names the department; its id (in the address) is not shown.
    return [home, { labelKey: 'nav.departments', path: '/departments' }, { labelKey: 'nav.departmentDetail' }];
  }
  for (const mod of modules) {
    const trail = mod.breadcrumbs?.(parts);
    if (trail) return [home, ...trail.map((c) => (typeof c.label === 'string' ? { text: c.label, path: c.path } : { label: c.label, path: c.path }))];
  }
  return [home];
}
