import { useMemo } from 'react';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useApi } from '../../api/use-api';
import { searchEnterprises } from '../../api/enterprises';
import type { EnterpriseList, EnterpriseSummary } from '../../api/types';
import { useMessages } from '../../i18n/define-messages';
import { formatCount } from '../../format/money';
import { LoadFailure } from '../errors/LoadFailure';
import { districtText } from '../enterprise/labels';
import { TagList } from '../enterprise/TagList';
import { MoneyCell } from '../enterprise/MoneyCell';
import { SearchFilters } from './SearchFilters';
import { MAX_ROWS_BY_PAGE_NUMBER, PAGE_SIZES, queryFromSearchParams, searchParamsFromQuery, type EnterpriseSearchState } from './search-params';
import { searchMessages } from './search-messages';
import { CodeText } from '../../app/CodeText';

/** The list as the API answers it at city scale: totals past 10 000 are estimates; deeper pages by key. */
type CityList = EnterpriseList & { totalEstimated?: boolean; nextCursor?: string | null };

/**
 * `/enterprises`: officers search enterprises by name or uscc, with filters and pages kept in the
 * address. Page numbers cover the first rows; past them the list continues by key (“继续查看”),
 * and a total past 10 000 is shown as an estimate.
 */
export function EnterpriseSearchPage() {
  const { t, language } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => queryFromSearchParams(searchParams), [searchParams]);
  const m = useMessages(searchMessages);
  const result = useApi(() => searchEnterprises(query) as Promise<CityList>, [searchParams.toString()]);
  const go = (next: EnterpriseSearchState) => setSearchParams(searchParamsFromQuery(next));
  const data = result.data;
  const total = data?.total ?? 0;
  const totalText = (n: number) => (data?.totalEstimated ? m('search.totalEstimated', { total: formatCount(n) }) : t('search.total', { total: formatCount(n) }));
  // Numbered pages reach MAX_ROWS_BY_PAGE_NUMBER rows (and the page that starts there).
  const numbered = Math.min(total, MAX_ROWS_BY_PAGE_NUMBER + query.pageSize);
  const lastNumbered = Math.max(1, Math.ceil(numbered / query.pageSize));
  const byKey = Boolean(query.after);
  const canContinue = Boolean(data?.nextCursor) && (byKey || (query.page >= lastNumbered && total > numbered));

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
    { title: t('enterprise.uscc'), dataIndex: 'uscc', key: 'uscc', onCell: noWrap, render: (uscc: string) => <CodeText>{uscc}</CodeText> },
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
      <SearchFilters value={query} onSearch={(filters) => go({ ...filters, page: 1, pageSize: query.pageSize, after: undefined })} />
      {result.error ? (
        <LoadFailure error={result.error} onRetry={result.reload} />
      ) : (
        <Table<EnterpriseSummary>
          rowKey="uscc"
          size="middle"
          loading={result.isLoading}
          columns={columns}
          dataSource={data?.items ?? []}
          data-testid="enterprise-table"
          pagination={byKey ? false : {
            current: query.page,
            pageSize: query.pageSize,
            total: numbered,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: () => <span data-testid="enterprise-total">{totalText(total)}</span>,
            onChange: (page, pageSize) => go({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize, after: undefined }),
          }}
        />
      )}
      {(byKey || canContinue) && !result.error && (
        <Space direction="vertical" style={{ marginTop: 12, width: '100%' }}>
          {!byKey && <Alert type="info" showIcon message={m('search.byKeyHint', { rows: formatCount(MAX_ROWS_BY_PAGE_NUMBER) })} />}
          <Space wrap>
            {byKey && <span data-testid="enterprise-total">{totalText(total)}</span>}
            {byKey && <Button onClick={() => go({ ...query, page: 1, after: undefined })} data-testid="enterprise-from-start">{m('search.fromStart')}</Button>}
            {canContinue && (
              <Button type="primary" onClick={() => go({ ...query, after: data!.nextCursor! })} data-testid="enterprise-next-by-key">{m('search.nextByKey')}</Button>
            )}
          </Space>
        </Space>
      )}
    </Card>
  );
}
