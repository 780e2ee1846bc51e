import { Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPublishedPolicies, type PublishedPolicy } from './publication-api';
import { publicationMessages } from './publication-messages';

/** 惠企政策清单 (no login): published policies in force today, filterable by department and topic. */
export function PublicPolicyListPage() {
  const t = useMessages(publicationMessages);
  const { pick } = useI18n();
  const [department, setDepartment] = useState<string | undefined>();
  const [topic, setTopic] = useState<string | undefined>();
  // The legal day is Beijing's (before 08:00 a UTC date would be yesterday's).
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const all = useApi(() => fetchPublishedPolicies({ date: today }), [today]);
  const { data, error, reload } = useApi(() => fetchPublishedPolicies({ date: today, department, topic }), [today, department, topic]);
  const options = useMemo(() => {
    const rows = all.data ?? [];
    return {
      departments: [...new Map(rows.map((p) => [p.departmentId, pick(p.department)])).entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
      topics: [...new Map(rows.flatMap((p) => p.topicNames.map((x) => [x.code, pick(x.label)] as const))).entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
    };
  }, [all.data, pick]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('publication.public.title')}</Typography.Title>
      <Typography.Paragraph>{t('publication.public.intro')}</Typography.Paragraph>
      <Space wrap>
        <Select allowClear style={{ minWidth: 200 }} placeholder={t('publication.filter.department')} aria-label={t('publication.filter.department')} options={options.departments} value={department} onChange={setDepartment} data-testid="filter-department" />
        <Select allowClear style={{ minWidth: 160 }} placeholder={t('publication.filter.topic')} aria-label={t('publication.filter.topic')} options={options.topics} value={topic} onChange={setTopic} data-testid="filter-topic" />
      </Space>
      <Table<PublishedPolicy>
        rowKey="id" loading={!data} dataSource={data ?? []} locale={{ emptyText: t('publication.empty') }} pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('publication.col.policy'),
            render: (_, p) => (
              <Space direction="vertical" size={0} data-testid={`public-policy-${p.policyKey}`}>
                <Typography.Text strong>{pick({ zh: p.titleZh, en: p.titleEn })}</Typography.Text>
                <Typography.Text type="secondary">{pick({ zh: p.summaryZh, en: p.summaryEn })}</Typography.Text>
              </Space>
            ),
          },
          { title: t('publication.col.department'), render: (_, p) => pick(p.department) },
          { title: t('publication.col.window'), render: (_, p) => `${p.effectiveFrom} — ${p.effectiveUntil ?? t('publication.until.open')}` },
          { title: t('publication.col.channel'), render: (_, p) => t(`publication.channel.${p.channel}`) },
          {
            title: t('publication.col.conditions'),
            render: (_, p) => (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {p.conditions.map((c) => <li key={c.id}>{pick({ zh: c.labelZh, en: c.labelEn })}</li>)}
              </ul>
            ),
          },
        ]}
      />
    </Space>
  );
}
