import { AimOutlined, ApartmentOutlined, FileSearchOutlined, ProfileOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureMenuEntry, FeatureModule } from '../../app/feature-module';
import type { Me } from '../../api/types';
import type { BilingualText } from '../../i18n/bilingual';
import { inspectionsNav, type InspectionsNavKey } from './inspections-nav';
import { lazyPage } from '../../app/lazy-page';
import { PublicPage } from '../home/PublicPage';

const InspectionItemsPage = lazyPage(() => import('./InspectionItemsPage'), 'InspectionItemsPage');
const InspectionPlanPage = lazyPage(() => import('./InspectionPlanPage'), 'InspectionPlanPage');
const InspectionPlansPage = lazyPage(() => import('./InspectionPlansPage'), 'InspectionPlansPage');
const OversightPage = lazyPage(() => import('./OversightPage'), 'OversightPage');
const PublicInspectionsPage = lazyPage(() => import('./PublicInspectionsPage'), 'PublicInspectionsPage');
const TaskCheckPage = lazyPage(() => import('./TaskCheckPage'), 'TaskCheckPage');

const both = (key: InspectionsNavKey): BilingualText => ({ zh: inspectionsNav.zh[key], en: inspectionsNav.en[key] });

/**
 * Officials get their department's items and plans (the pages show one department: an auditor or
 * administrator without one reads the coordination dashboard and the public record instead);
 * everyone the public record.
 */
export function inspectionsMenu(me: Me): FeatureMenuEntry[] {
  const out: FeatureMenuEntry[] = [];
  const isOfficial = me.role === 'DEPARTMENT' || me.role === 'SME_BUREAU' || me.role === 'AUDITOR' || me.role === 'ADMIN';
  if (isOfficial && me.departmentId) {
    out.push({ path: '/inspections/items', label: both('insp.menu.items'), icon: <ProfileOutlined />, order: 70 });
    out.push({ path: '/inspections/plans', label: both('insp.menu.plans'), icon: <AimOutlined />, order: 71 });
  }
  if (isOfficial) out.push({ path: '/inspections/oversight', label: both('insp.menu.oversight'), icon: <ApartmentOutlined />, order: 73 });
  if (me.role === 'ENTERPRISE') out.push({ path: '/inspections/task', label: both('insp.menu.task'), icon: <SafetyCertificateOutlined />, order: 72 });
  out.push({ path: '/inspections/public', label: both('insp.menu.public'), icon: <FileSearchOutlined />, order: 86 });
  return out;
}

export function inspectionsBreadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] !== 'inspections') return null;
  if (parts[1] === 'items') return [{ label: both('insp.menu.items') }];
  if (parts[1] === 'plans') return parts[2] ? [{ label: both('insp.menu.plans'), path: '/inspections/plans' }, { label: both('insp.detail.targets') }] : [{ label: both('insp.menu.plans') }];
  if (parts[1] === 'oversight') return [{ label: both('insp.menu.oversight') }];
  if (parts[1] === 'public') return [{ label: both('insp.menu.public') }];
  if (parts[1] === 'task') return [{ label: both('insp.menu.task') }];
  return null;
}

/** 双随机、一公开 (issue 15). */
export const inspectionsModule: FeatureModule = {
  id: 'inspections',
  messages: () => import('./inspections-messages').then((m) => m.inspectionsMessages),
  routes: [
    { path: 'inspections/items', element: <InspectionItemsPage /> },
    { path: 'inspections/plans', element: <InspectionPlansPage /> },
    { path: 'inspections/plans/:id', element: <InspectionPlanPage /> },
    { path: 'inspections/oversight', element: <OversightPage /> },
    { path: 'inspections/public/*', element: <PublicPage section={both('insp.menu.public')}><PublicInspectionsPage /></PublicPage>, isPublic: true },
    { path: 'inspections/task', element: <TaskCheckPage /> },
  ],
  menu: inspectionsMenu,
  breadcrumbs: inspectionsBreadcrumbs,
};
