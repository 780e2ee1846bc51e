import { AlertOutlined, AuditOutlined, FormOutlined, InboxOutlined, MessageOutlined } from '@ant-design/icons';
import type { FeatureModule, FeatureMenuEntry } from '../../app/feature-module';
import { APPEALS_PATHS } from './appeals-paths';
import { lazyPage } from '../../app/lazy-page';

const AppealListPage = lazyPage(() => import('./AppealListPage'), 'AppealListPage');
const CaseDetailPage = lazyPage(() => import('./CaseDetailPage'), 'CaseDetailPage');
const SubmitAppealPage = lazyPage(() => import('./SubmitAppealPage'), 'SubmitAppealPage');
const SupervisionPage = lazyPage(() => import('./SupervisionPage'), 'SupervisionPage');

const MINE = { zh: '我的诉求', en: 'My appeals' };
const INTAKE = { zh: '诉求受理', en: 'Appeal intake' };
const HANDLING = { zh: '诉求办理', en: 'Appeals to handle' };
const SUPERVISION = { zh: '督办', en: 'Supervision' };
const NEW = { zh: '提交诉求', en: 'Submit an appeal' };
const CASE = { zh: '诉求详情', en: 'Appeal' };

/**
 * 企业诉求: 我的诉求 for enterprises, 诉求受理 and 督办 for the SME bureau (first receiver and
 * supervision office), 诉求办理 for departments, 督办 read-only for auditors.
 */
export const appealsModule: FeatureModule = {
  id: 'appeals',
  messages: () => import('./appeals-messages').then((m) => m.appealsMessages),
  routes: [
    { path: 'appeals/mine', element: <AppealListPage titleKey="appeals.mine" canSubmit /> },
    { path: 'appeals/new', element: <SubmitAppealPage /> },
    { path: 'appeals/intake', element: <AppealListPage titleKey="appeals.intake" canSeeAll /> },
    { path: 'appeals/handling', element: <AppealListPage titleKey="appeals.handling" /> },
    { path: 'appeals/supervision', element: <SupervisionPage /> },
    { path: 'appeals/case/:trackingNumber', element: <CaseDetailPage /> },
  ],
  menu: (me) => {
    const out: FeatureMenuEntry[] = [];
    if (me.role === 'ENTERPRISE' && me.uscc) out.push({ path: APPEALS_PATHS.mine, label: MINE, icon: <MessageOutlined />, order: 30 });
    if (me.role === 'SME_BUREAU') {
      out.push({ path: APPEALS_PATHS.intake, label: INTAKE, icon: <InboxOutlined />, order: 30 });
      out.push({ path: APPEALS_PATHS.supervision, label: SUPERVISION, icon: <AlertOutlined />, order: 31 });
    }
    if (me.role === 'DEPARTMENT') out.push({ path: APPEALS_PATHS.handling, label: HANDLING, icon: <FormOutlined />, order: 30 });
    if (me.role === 'AUDITOR') out.push({ path: APPEALS_PATHS.supervision, label: SUPERVISION, icon: <AuditOutlined />, order: 30 });
    return out;
  },
  breadcrumbs: (parts) => {
    if (parts[0] !== 'appeals') return null;
    switch (parts[1]) {
      case 'mine':
        return [{ label: MINE }];
      case 'new':
        return [{ label: MINE, path: APPEALS_PATHS.mine }, { label: NEW }];
      case 'intake':
        return [{ label: INTAKE }];
      case 'handling':
        return [{ label: HANDLING }];
      case 'supervision':
        return [{ label: SUPERVISION }];
      case 'case':
        return [{ label: CASE }, { label: parts[2] ?? '' }];
      default:
        return null;
    }
  },
};
