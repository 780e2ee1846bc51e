import { Card, Empty, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useApi } from '../../api/use-api';
import { EChart } from '../../charts/EChart';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchDashboard, fetchSupervision, type Dashboard } from './appeals-api';
import { appealsMessages } from './appeals-messages';
import { CaseTable } from './CaseTable';
import { RATE_KEYS, ratesByDepartment, type RateKey } from './dashboard-series';

const RATE_LABEL: Record<RateKey, 'appeals.dashboard.response' | 'appeals.dashboard.closing' | 'appeals.dashboard.resolution' | 'appeals.dashboard.satisfaction'> = {
  responseRate: 'appeals.dashboard.response',
  onTimeClosingRate: 'appeals.dashboard.closing',
  resolutionRate: 'appeals.dashboard.resolution',
  satisfactionRate: 'appeals.dashboard.satisfaction',
};

/** 督办: cases near or past due (催办、督办书 on the case page), extension requests, and the quality dashboard. */
export function SupervisionPage() {
  const t = useMessages(appealsMessages);
  const list = useApi(fetchSupervision, []);
  const dashboard = useApi(fetchDashboard, []);
  return (
    <div data-testid="supervision-page">
      <Typography.Title level={3}>{t('appeals.supervision')}</Typography.Title>
      {list.error ? (
        <LoadFailure error={list.error} onRetry={list.reload} />
      ) : (
        <>
          <Card size="small" title={t('appeals.supervision.extensions')} style={{ marginBottom: 16 }}>
            <CaseTable testId="extension-requests" items={list.data?.extensionRequests ?? []} loading={list.isLoading} />
          </Card>
          <Card size="small" title={t('appeals.supervision.dueSoon')} style={{ marginBottom: 16 }}>
            <CaseTable testId="due-soon" items={list.data?.dueSoon ?? []} loading={list.isLoading} />
          </Card>
        </>
      )}
      {dashboard.error ? <LoadFailure error={dashboard.error} onRetry={dashboard.reload} /> : dashboard.data && <QualityDashboard data={dashboard.data} />}
    </div>
  );
}

function QualityDashboard({ data }: { data: Dashboard }) {
  const { pick } = useI18n();
  const t = useMessages(appealsMessages);
  const names = useMemo(() => new Map(data.departments.map((d) => [d.id, pick(d.name)])), [data, pick]);
  const perDept = useMemo(() => ratesByDepartment(data.rows), [data]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: RATE_KEYS.map((k) => t(RATE_LABEL[k])) },
      grid: { left: 48, right: 16, bottom: 64, top: 40 },
      xAxis: { type: 'category', data: perDept.map((d) => names.get(d.department) ?? d.department), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: RATE_KEYS.map((k) => ({ name: t(RATE_LABEL[k]), type: 'bar', data: perDept.map((d) => d.percent[k]) })),
    }),
    [perDept, names, t],
  );
  const pct = (r: { numerator: number; denominator: number; rate: number | null }) => (r.rate === null ? '—' : `${Math.round(r.rate * 1000) / 10}% (${r.numerator}/${r.denominator})`);
  return (
    <Card size="small" title={t('appeals.dashboard.rates', { from: data.from, to: data.to })} data-testid="quality-dashboard">
      {data.rows.length === 0 ? (
        <Empty description={t('appeals.dashboard.noData')} />
      ) : (
        <>
          <EChart option={option} height={320} testId="quality-chart" />
          <Table
            size="small"
            rowKey={(r) => `${r.department}-${r.month}`}
            dataSource={data.rows}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            columns={[
              { title: t('appeals.dashboard.department'), render: (_, r) => names.get(r.department) ?? r.department },
              { title: t('appeals.dashboard.month'), dataIndex: 'month' },
              { title: t('appeals.dashboard.received'), dataIndex: 'received' },
              ...RATE_KEYS.map((k) => ({ title: t(RATE_LABEL[k]), render: (_: unknown, r: (typeof data.rows)[number]) => pct(r[k]) })),
            ]}
          />
        </>
      )}
    </Card>
  );
}
