import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { DiffOutlined, ReadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchLawWorks, type LawStatus, type LawWork } from './law-api';
import { diffPath, readerPath } from './law-paths';
import { LawSearchPanel } from './LawSearchPanel';
import { LawStatusTag } from './LawStatusTag';
import { useLawText } from './use-law-text';

const STATUSES: readonly LawStatus[] = ['IN_FORCE', 'DRAFT', 'ADOPTED', 'REPEALED'];

const distinct = (values: string[]) => [...new Set(values)].sort();

/** Every regulation and policy the platform implements: filters by jurisdiction, type and status; full-text search. */
export function LawListPage() {
  const { t, status, type, jurisdiction } = useLawText();
  const { data, error, isLoading, reload } = useApi(fetchLawWorks, []);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  const works = data ?? [];
  const openVersion = (w: LawWork) => w.currentVersion ?? w.versions.at(-1)?.id ?? '';

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="law-list">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('law.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('law.subtitle')}</Typography.Text>
      </div>
      <Card size="small">
        <LawSearchPanel />
      </Card>
      <Table<LawWork>
        rowKey="id"
        scroll={{ x: 'max-content' }}
        loading={isLoading}
        dataSource={works}
        pagination={false}
        data-testid="law-works"
        onRow={(w) => ({ 'data-work': w.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'title',
            title: t('law.col.title'),
            render: (_, w) => (
              <Space direction="vertical" size={0}>
                <Link to={readerPath(w.key, openVersion(w))} data-testid="law-work-link">
                  {w.title}
                </Link>
                {w.documentNumber && <Typography.Text type="secondary">{w.documentNumber}</Typography.Text>}
              </Space>
            ),
          },
          {
            key: 'jurisdiction',
            title: t('law.col.jurisdiction'),
            width: 110,
            filters: distinct(works.map((w) => w.jurisdiction)).map((j) => ({ text: jurisdiction(j), value: j })),
            onFilter: (value, w) => w.jurisdiction === value,
            render: (_, w) => jurisdiction(w.jurisdiction),
          },
          {
            key: 'type',
            title: t('law.col.type'),
            width: 110,
            filters: distinct(works.map((w) => w.type)).map((x) => ({ text: type(x), value: x })),
            onFilter: (value, w) => w.type === value,
            render: (_, w) => type(w.type),
          },
          { key: 'issuer', title: t('law.col.issuer'), render: (_, w) => w.issuer ?? '—', responsive: ['lg'] },
          {
            key: 'status',
            title: t('law.col.status'),
            width: 120,
            filters: STATUSES.map((s) => ({ text: status(s), value: s })),
            onFilter: (value, w) => w.status === value,
            render: (_, w) => <LawStatusTag status={w.status} />,
          },
          {
            key: 'versions',
            title: t('law.col.versions'),
            render: (_, w) => (
              <Space wrap size={4}>
                {w.versions.map((v) => (
                  <Link key={v.id} to={readerPath(w.key, v.id)}>
                    <Tag color={v.id === w.currentVersion ? 'blue' : undefined}>{v.label ? `${v.id} ${v.label}` : v.id}</Tag>
                  </Link>
                ))}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: t('law.col.actions'),
            width: 200,
            render: (_, w) => (
              <Space>
                <Link to={readerPath(w.key, openVersion(w))}>
                  <Button size="small" icon={<ReadOutlined />}>
                    {t('law.read')}
                  </Button>
                </Link>
                {w.versions.length > 1 && (
                  <Link to={diffPath(w.key)} data-testid="law-compare-link">
                    <Button size="small" icon={<DiffOutlined />}>
                      {t('law.compare')}
                    </Button>
                  </Link>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
