import { Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { groupDataSources } from './data-source-groups';
import type { PolicyDataSource } from './policies-api';
import { policiesMessages } from './policies-messages';

/** 数据来源 of one policy: for each origin (a department and when its data was received, or 企业自行填报), the facts read from it. */
export function DataSourcesLine({ sources }: { sources: readonly PolicyDataSource[] }) {
  const { pick } = useI18n();
  const t = useMessages(policiesMessages);
  const groups = groupDataSources(sources);
  if (groups.length === 0) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="policy-data-sources">
      {t('policies.labelValue', { label: t('policies.dataSources'), value: '' })}
      {groups.map((g, i) => (
        <span key={i} style={{ marginRight: 12 }} data-testid="data-source">
          {t('policies.labelValue', { label: pick(g.origin), value: g.facts.map((f) => pick(f)).join(t('policies.listSeparator')) })}
        </span>
      ))}
    </Typography.Text>
  );
}
