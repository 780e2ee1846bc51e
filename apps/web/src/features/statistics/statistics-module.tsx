import { BarChartOutlined, FileTextOutlined, FundOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureMenuEntry, FeatureModule } from '../../app/feature-module';
import type { Me } from '../../api/types';
import type { BilingualText } from '../../i18n/bilingual';
import { statisticsNav, type StatisticsNavKey } from './statistics-nav';
import { lazyPage } from '../../app/lazy-page';
import { PublicPage } from '../home/PublicPage';

const AnnualReportPage = lazyPage(() => import('./AnnualReportPage'), 'AnnualReportPage');
const IndicatorsPage = lazyPage(() => import('./IndicatorsPage'), 'IndicatorsPage');
const PublicStatisticsPage = lazyPage(() => import('./PublicStatisticsPage'), 'PublicStatisticsPage');

const both = (key: StatisticsNavKey): BilingualText => ({ zh: statisticsNav.zh[key], en: statisticsNav.en[key] });

/** Officials and auditors get the indicators and the annual report; everyone the public statistics. */
export function statisticsMenu(me: Me): FeatureMenuEntry[] {
  const out: FeatureMenuEntry[] = [];
  if (['SME_BUREAU', 'DEPARTMENT', 'AUDITOR', 'ADMIN'].includes(me.role)) {
    out.push({ path: '/statistics/indicators', label: both('stats.menu.indicators'), icon: <BarChartOutlined />, order: 80 });
    out.push({ path: '/statistics/report', label: both('stats.menu.report'), icon: <FileTextOutlined />, order: 81 });
  }
  out.push({ path: '/statistics/public', label: both('stats.menu.public'), icon: <FundOutlined />, order: 88 });
  return out;
}

export function statisticsBreadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] !== 'statistics') return null;
  if (parts[1] === 'indicators') return [{ label: both('stats.menu.indicators') }];
  if (parts[1] === 'report') return [{ label: both('stats.menu.report') }];
  if (parts[1] === 'public') return [{ label: both('stats.menu.public') }];
  return null;
}

/** 统计监测与年度报告 (issue 23). */
export const statisticsModule: FeatureModule = {
  id: 'statistics',
  messages: () => import('./statistics-messages').then((m) => m.statisticsMessages),
  routes: [
    { path: 'statistics/indicators', element: <IndicatorsPage /> },
    { path: 'statistics/report', element: <AnnualReportPage /> },
    { path: 'statistics/public/*', element: <PublicPage section={both('stats.menu.public')}><PublicStatisticsPage /></PublicPage>, isPublic: true },
  ],
  menu: statisticsMenu,
  breadcrumbs: statisticsBreadcrumbs,
};
