import { useMemo } from 'react';
import { Card, Collapse, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { fenToWanYuanNumber, formatFenAsWanYuan } from '../../format/money';
import { EChart } from '../../charts/EChart';
import type { EChartsCoreOption } from '../../charts/echarts';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchAwards, fetchExecution, type ExecutionRow } from './procurement-api';
import { procurementMessages } from './procurement-messages';
import { percentText } from './labels';

/** `/procurement/public`: each department's reserved share by year (bar chart and table) and the award notices with their 声明函. */
export function PublicProcurementPage() {
  const { pick } = useI18n();
  const t = useMessages(procurementMessages);
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || undefined;
  const execution = useApi(() => fetchExecution(year), [year]);
  const awards = useApi(fetchAwards, []);
  const rows = execution.data?.departments ?? [];
  const option = useMemo<EChartsCoreOption>(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: rows.map((r) => pick(r.department.name)) },
    yAxis: { type: 'value' },
    series: [
      { name: t('proc.public.suitable'), type: 'bar', data: rows.map((r) => fenToWanYuanNumber(r.suitableBudgetFen)) },
      { name: t('proc.public.reserved'), type: 'bar', data: rows.map((r) => fenToWanYuanNumber(r.reservedFen)) },
      { name: t('proc.public.smallMicro'), type: 'bar', data: rows.map((r) => fenToWanYuanNumber(r.smallMicroFen)) },
    ],
  }), [rows, pick, t]);

  return (
    <div data-testid="procurement-public">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('proc.public.title')}</Typography.Title>
        {execution.data && (
          <Select
            style={{ width: 120 }}
            aria-label={t('proc.register.year')}
            value={execution.data.year}
            options={execution.data.years.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y: number) => setSearch(new URLSearchParams({ year: String(y) }))}
            data-testid="public-year"
          />
        )}
      </Space>
      {execution.error ? <LoadFailure error={execution.error} onRetry={execution.reload} /> : null}
      <Card style={{ marginBottom: 16 }}>
        {rows.length === 0 ? <Empty description={t('proc.public.empty')} /> : <EChart option={option} height={320} testId="execution-chart" />}
        <Table<ExecutionRow>
          size="small"
          rowKey={(r) => r.department.id}
          pagination={false}
          dataSource={rows}
          data-testid="execution-table"
          columns={[
            { title: t('proc.register.department'), render: (_: unknown, r) => pick(r.department.name) },
            { title: t('proc.public.suitable'), align: 'right', render: (_: unknown, r) => formatFenAsWanYuan(r.suitableBudgetFen) },
            { title: t('proc.public.reserved'), align: 'right', render: (_: unknown, r) => t('proc.public.reservedWithShare', { amount: formatFenAsWanYuan(r.reservedFen), share: percentText(r.reservedShareOfSuitable) }) },
            { title: t('proc.public.smallMicro'), align: 'right', render: (_: unknown, r) => formatFenAsWanYuan(r.smallMicroFen) },
            { title: t('proc.public.status'), render: (_: unknown, r) => <Tag color={r.status === 'MET' ? 'green' : r.status === 'NOT_MET' ? 'red' : 'default'}>{t(`proc.compliance.${r.status}`)}</Tag> },
          ]}
        />
      </Card>
      <Card title={t('proc.public.awards')}>
        {(awards.data ?? []).length === 0 ? (
          <Empty description={t('proc.public.noAwards')} />
        ) : (
          <Collapse
            items={(awards.data ?? []).map((a) => ({
              key: a.id,
              label: t('proc.public.awardLabel', { date: a.announcedOn, purchaser: a.purchaser, project: a.projectName, winner: a.winnerName }),
              children: (
                <div data-testid="award-detail">
                  <Typography.Paragraph>{t('proc.public.preferenceLine', { preference: pick(a.smePreference) })}</Typography.Paragraph>
                  {a.declaration && (
                    <>
                      <Typography.Paragraph><a href={`/api/procurement/public/awards/${a.id}?format=html`} download>{t('proc.public.declaration')}</a></Typography.Paragraph>
                      <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{a.declaration.text}</pre>
                    </>
                  )}
                </div>
              ),
            }))}
          />
        )}
      </Card>
    </div>
  );
}
