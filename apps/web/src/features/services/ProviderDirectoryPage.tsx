import { useState } from 'react';
import { Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { CategorySelect } from './CategorySelect';
import { fetchDirectory, type CategoryCode, type PublicProviderView } from './services-api';
import { servicesMessages } from './services-messages';

/** 服务机构名录: the public directory of approved providers, by category and name. */
export function ProviderDirectoryPage() {
  const t = useMessages(servicesMessages);
  const { pick } = useI18n();
  const fmt = useFormat();
  const [category, setCategory] = useState<CategoryCode | undefined>(undefined);
  const [q, setQ] = useState('');
  const { data, error, isLoading, reload } = useApi(() => fetchDirectory(category, q || undefined), [category, q]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Card title={t('services.directory.title')} data-testid="service-directory">
      <Typography.Paragraph>{t('services.directory.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <CategorySelect allowClear placeholder={t('services.directory.allCategories')} aria-label={t('services.directory.allCategories')} value={category} onChange={(v: CategoryCode | undefined) => setCategory(v)} style={{ minWidth: 200 }} data-testid="directory-category" />
        <Input.Search allowClear placeholder={t('services.directory.search')} onSearch={(v) => setQ(v.trim())} style={{ width: 260 }} />
      </Space>
      <Table<PublicProviderView>
        rowKey="providerId" size="small" loading={isLoading} dataSource={data?.items ?? []} pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('services.directory.empty') }}
        columns={[
          { title: t('services.provider.name'), dataIndex: 'name' },
          { title: t('services.provider.categories'), render: (_, p) => p.categories.map((c) => <Tag key={c.code}>{pick(c.label)}</Tag>) },
          { title: t('services.provider.qualifications'), render: (_, p) => fmt.clauses(p.qualifications.map((x) => x.name)) },
          { title: t('services.provider.description'), dataIndex: 'description' },
          { title: t('services.provider.phone'), dataIndex: 'contactPhone' },
          { title: t('services.provider.rating'), render: (_, p) => (p.rating ? t('services.provider.ratingValue', { score: p.rating.score }) : t('services.provider.noRating')) },
        ]}
      />
      <Typography.Text type="secondary">{t('services.basis')}</Typography.Text>
    </Card>
  );
}
