import { CloudUploadOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature-module';
import { intakeMessages } from './intake-messages';
import { IntakePage } from './IntakePage';

const title = { zh: intakeMessages.zh['intake.menu'], en: intakeMessages.en['intake.menu'] };

/** 数据归集: officers of the SME bureau and of departments upload the registry and yearly figures. */
export const intakeModule: FeatureModule = {
  id: 'intake',
  messages: intakeMessages,
  routes: [{ path: 'intake', element: <IntakePage /> }],
  menu: (me) => (me.role === 'SME_BUREAU' || me.role === 'DEPARTMENT' ? [{ path: '/intake', label: title, icon: <CloudUploadOutlined />, order: 85 }] : []),
  breadcrumbs: (parts) => (parts[0] === 'intake' ? [{ label: title }] : null),
};
