import { useMemo } from 'react';
import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useApi } from '../../api/use-api';
import { searchEnterprises } from '../../api/enterprises';
import type { EnterpriseSearchQuery, EnterpriseSummary } from '../../api/types';
import { formatCount } from '../../format/money';
import { LoadFailure } from '../errors/LoadFailure';
import { districtText } from '../enterprise/labels';
import { TagList } from '../enterprise/TagList';
import { MoneyCell } from '../enterprise/MoneyCell';
import { SearchFilters } from './SearchFilters';
import { PAGE_SIZES, queryFromSearchParams, searchParamsFromQuery } from './search-params';

/** `/enterprises`: officers search enterprises by name or uscc, with filters and pages kept in the address. */
export function EnterpriseSearchPage() {
  const { t, language } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => queryFromSearchParams(searchParams), [searchParams]);
  const result = useApi(() => searchEnterprises(query), [searchParams.toString()]);
  const go = (next: EnterpriseSearchQuery) => setSearchParams(searchParamsFromQuery(next));

  const noWrap = () => ({ style: { whiteSpace: 'nowrap' as const } });
  const columns: ColumnsType<EnterpriseSummary> = [
    {
      title: t('enterprise.name'),
      key: 'name',
      minWidth: 220,
      render: (_, row) => (
        <Link to={`/enterprises/${encodeURIComponent(row.uscc)}`} data-testid={`enterprise-link-${row.uscc}`}>
          {row.name}
        </Link>
      ),
    },
    { title: t('enterprise.uscc'), dataIndex: 'uscc', key: 'uscc', onCell: noWrap, render: (uscc: string) => <span className="mono">{uscc}</span> },
    { title: t('enterprise.district'), key: 'district', onCell: noWrap, render: (_, row) => districtText(row.districtName, row.district, language) },
    { title: t('enterprise.industryCode'), dataIndex: 'industryCode', key: 'industry', onCell: noWrap },
    { title: t('enterprise.registrationDate'), dataIndex: 'registrationDate', key: 'registered', onCell: noWrap },
    {
      title: t('enterprise.tags'),
      key: 'tags',
      render: (_, row) => (
        <div style={{ maxWidth: 180 }}>
          <TagList tags={row.tags} />
        </div>
      ),
    },
    { title: t('search.latestYear'), dataIndex: 'latestYear', key: 'latestYear', render: (y: number | null) => y ?? '—' },
    {
      title: t('figures.employees'),
      dataIndex: 'employees',
      key: 'employees',
      align: 'right',
      render: (n: number | null) => (n === null || n === undefined ? '—' : formatCount(n)),
    },
    {
      title: t('format.withUnit', { label: t('figures.revenue'), unit: t('unit.wanYuan') }),
      key: 'revenue',
      align: 'right',
      onCell: noWrap,
      render: (_, row) => <MoneyCell fen={row.revenueFen} />,
    },
  ];

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('nav.enterpriseSearch')}</Typography.Title>}>
      <SearchFilters value={query} onSearch={(filters) => go({ ...filters, page: 1, pageSize: query.pageSize })} />
      {result.error ? (
        <LoadFailure error={result.error} onRetry={result.reload} />
      ) : (
        <Table<EnterpriseSummary>
          rowKey="uscc"
          size="middle"
          loading={result.isLoading}
          columns={columns}
          dataSource={result.data?.items ?? []}
          data-testid="enterprise-table"
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: result.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('search.total', { total: formatCount(total) }),
            onChange: (page, pageSize) => go({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
