import { Descriptions, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import type { Enterprise } from '../../api/types';
import { districtText } from './labels';
import { TagList } from './TagList';

/** The registry data of one enterprise as antd Descriptions. */
export function EnterpriseProfile({ enterprise }: { enterprise: Enterprise }) {
  const { t, language } = useI18n();
  return (
    <Descriptions
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      data-testid="enterprise-profile"
      items={[
        { key: 'uscc', label: t('enterprise.uscc'), children: <Typography.Text copyable className="mono">{enterprise.uscc}</Typography.Text> },
        { key: 'name', label: t('enterprise.name'), children: enterprise.name },
        { key: 'address', label: t('enterprise.registeredAddress'), children: enterprise.registeredAddress, span: 'filled' },
        { key: 'district', label: t('enterprise.district'), children: districtText(enterprise.districtName, enterprise.district, language) },
        { key: 'industry', label: t('enterprise.industryCode'), children: enterprise.industryCode },
        { key: 'registered', label: t('enterprise.registrationDate'), children: enterprise.registrationDate },
        { key: 'taxpayer', label: t('enterprise.taxpayerType'), children: t(`taxpayer.${enterprise.taxpayerType}`) },
        {
          key: 'individual',
          label: t('enterprise.isIndividualBusiness'),
          children: enterprise.isIndividualBusiness ? t('enterprise.yes') : t('enterprise.no'),
        },
        { key: 'tags', label: t('enterprise.tags'), children: <TagList tags={enterprise.tags} />, span: 'filled' },
      ]}
    />
  );
}
