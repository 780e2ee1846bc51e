import { AuditOutlined, SafetyOutlined } from '@ant-design/icons';
import type { FeatureCrumb, FeatureModule } from '../../app/feature-module';
import type { BilingualText } from '../../i18n/bilingual';
import { lazyPage } from '../../app/lazy-page';
import { publicCreditNav } from './public-credit-nav';
import { MY_MARKS_PATH, RECORD_PENALTY_PATH, REPAIR_REVIEW_PATH } from './public-credit-paths';

const PublicMarksPage = lazyPage(() => import('./PublicMarksPage'), 'PublicMarksPage');
const MyMarksPage = lazyPage(() => import('./MyMarksPage'), 'MyMarksPage');
const RepairReviewPage = lazyPage(() => import('./RepairReviewPage'), 'RepairReviewPage');
const RecordPenaltyMarkPage = lazyPage(() => import('./RecordPenaltyMarkPage'), 'RecordPenaltyMarkPage');

const both = (key: keyof typeof publicCreditNav.zh): BilingualText => ({ zh: publicCreditNav.zh[key], en: publicCreditNav.en[key] });

function breadcrumbs(parts: readonly string[]): FeatureCrumb[] | null {
  if (parts[0] === 'public' && parts[1] === 'credit-marks') return [{ label: both('pc.menu.public') }];
  if (parts[0] === 'credit-marks' && parts[1] === 'penalties') return [{ label: both('pc.menu.penalty') }];
  if (parts[0] === 'credit-marks') return [{ label: both('pc.menu.mine') }];
  if (parts[0] === 'credit-repairs') return [{ label: both('pc.menu.review') }];
  return null;
}

/** 公共信用: the public list of published credit records, the enterprise's own records and repair, a department's penalty records, the bureau's review. */
export const publicCreditModule: FeatureModule = {
  id: 'public-credit',
  messages: () => import('./public-credit-messages').then((m) => m.publicCreditMessages),
  routes: [
    { path: 'public/credit-marks', element: <PublicMarksPage />, isPublic: true },
    { path: 'credit-marks', element: <MyMarksPage /> },
    { path: 'credit-repairs', element: <RepairReviewPage /> },
    { path: 'credit-marks/penalties', element: <RecordPenaltyMarkPage /> },
  ],
  menu: (me) => {
    if (me.role === 'ENTERPRISE' && me.uscc) return [{ path: MY_MARKS_PATH, label: both('pc.menu.mine'), icon: <SafetyOutlined />, order: 38 }];
    if (me.role === 'DEPARTMENT' && me.departmentId) return [{ path: RECORD_PENALTY_PATH, label: both('pc.menu.penalty'), icon: <AuditOutlined />, order: 95 }];
    if (me.role === 'SME_BUREAU' || me.role === 'AUDITOR') return [{ path: REPAIR_REVIEW_PATH, label: both('pc.menu.review'), icon: <AuditOutlined />, order: 98 }];
    return [];
  },
  breadcrumbs,
};
