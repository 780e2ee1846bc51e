import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import type { BilingualText } from '../i18n/bilingual';
import type { Me, Role } from '../api/types';
import type { FeatureModule } from './feature-module';
import { FEATURE_MODULES } from '../features/modules';

export type MenuIcon = 'home' | 'enterprise' | 'search' | 'department' | 'departments';

export interface MenuEntry {
  path: string;
  /** Core entries name a dictionary key; feature entries carry their own bilingual label. */
  labelKey?: MessageKey;
  label?: BilingualText;
  icon?: MenuIcon;
  iconNode?: ReactNode;
  order?: number;
}

const OFFICER_ROLES: readonly Role[] = ['SME_BUREAU', 'DEPARTMENT', 'AUDITOR', 'ADMIN'];

export function isOfficer(role: Role): boolean {
  return OFFICER_ROLES.includes(role);
}

export function departmentPath(id: string): string {
  return `/departments/${encodeURIComponent(id)}`;
}

/** The side menu of a signed-in user: enterprises see their own profile, officers the search and their department. */
export function menuFor(me: Me, modules: readonly FeatureModule[] = FEATURE_MODULES): MenuEntry[] {
  const entries: MenuEntry[] = [];
  if (me.role === 'ENTERPRISE' && me.uscc) entries.push({ path: '/me/enterprise', labelKey: 'nav.myEnterprise', icon: 'enterprise' });
  if (isOfficer(me.role)) {
    entries.push({ path: '/enterprises', labelKey: 'nav.enterpriseSearch', icon: 'search' });
    if (me.departmentId) entries.push({ path: departmentPath(me.departmentId), labelKey: 'nav.myDepartment', icon: 'department' });
    entries.push({ path: '/departments', labelKey: 'nav.departments', icon: 'departments' });
  }
  entries.forEach((entry, index) => (entry.order = (index + 1) * 10));
  for (const mod of modules) {
    for (const e of mod.menu?.(me) ?? []) entries.push({ path: e.path, label: e.label, iconNode: e.icon, order: e.order ?? 50 });
  }
  entries.sort((a, b) => (a.order ?? 50) - (b.order ?? 50));
  // A role without pages yet still gets a home entry, so the menu is never empty.
  if (entries.length === 0) entries.push({ path: '/welcome', labelKey: 'nav.home', icon: 'home' });
  return entries;
}

/** Where a user lands after signing in: the first menu entry. */
export function homePathFor(me: Me, modules: readonly FeatureModule[] = FEATURE_MODULES): string {
  return menuFor(me, modules)[0]?.path ?? '/welcome';
}

/** The menu entry to highlight for a location (the longest matching prefix). */
export function selectedMenuPath(entries: readonly MenuEntry[], pathname: string): string | undefined {
  let best: MenuEntry | undefined;
  for (const entry of entries) {
    const matches = pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best?.path;
}
