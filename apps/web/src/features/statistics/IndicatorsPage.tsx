import { Button, Card, Col, Descriptions, Empty, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/use-api';
import { EChart } from '../../charts/EChart';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useFormat } from '../../i18n/format-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchIndicator, fetchIndicators, type BreakdownRow, type IndicatorView } from './statistics-api';
import { statisticsMessages, type StatisticsMessageKey } from './statistics-messages';
import { recentMonths, valueText } from './stat-values';

/** For charts: 万元 for money, the plain number otherwise. */
const chartValue = (unit: string, v: number | null) => (v === null ? null : unit === 'FEN' ? v / 1_000_000 : v);

function Breakdown({ view, by, onDrill }: { view: IndicatorView; by: string; onDrill: (slug: string) => void }) {
  const t = useMessages(statisticsMessages);
  const fmt = useFormat();
  const rows = view.breakdowns.find((b) => b.by === by)?.rows ?? [];
  const unit = view.indicator.unit;
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 16, top: 16, bottom: 60 },
    xAxis: { type: 'category', data: rows.map((r) => r.labelZh), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: by === 'month' ? 'line' : 'bar', data: rows.map((r) => chartValue(unit, r.value)) }],
  }), [rows, unit, by]);
  return (
    <Card title={t(`stats.by.${by}` as StatisticsMessageKey)} size="small" data-testid={`breakdown-${by}`}>
      {rows.length === 0 ? <Empty description={t('stats.empty')} /> : (
        <>
          <EChart option={option} height={240} />
          <Table<BreakdownRow>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('stats.col.item'), dataIndex: 'labelZh' },
              { title: fmt.withNote(t('stats.col.value'), t(`stats.unit.${unit}` as StatisticsMessageKey)), dataIndex: 'value', align: 'right', render: (v: number | null) => valueText(unit, v) },
              ...(rows.some((r) => r.detail?.count !== undefined) ? [{ title: t('stats.col.count'), key: 'count', align: 'right' as const, render: (_: unknown, r: BreakdownRow) => valueText('CASES', r.detail?.count ?? null) }] : []),
              ...(by === 'district' ? [{ title: '', key: 'drill', render: (_: unknown, r: BreakdownRow) => <Button type="link" size="small" onClick={() => onDrill(r.key)}>{t('stats.drill')}</Button> }] : []),
            ]}
          />
        </>
      )}
    </Card>
  );
}

/** `/statistics/indicators`: each indicator for a month with all breakdowns; a district can be opened for its own. */
export function IndicatorsPage() {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  const fmt = useFormat();
  const months = useMemo(() => recentMonths(new Date()), []);
  const [id, setId] = useState('sme-count');
  const [month, setMonth] = useState(months[0]!);
  const [district, setDistrict] = useState<string | null>(null);
  const list = useApi(fetchIndicators, []);
  const view = useApi(() => fetchIndicator(id, month, district), [id, month, district]);
  const failure = list.error ?? view.error;
  const v = view.data;
  return (
    <div data-testid="statistics-indicators">
      <Typography.Title level={3}>{t('stats.indicators.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('stats.indicators.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('stats.indicator')}</span>
        <Select style={{ width: 260 }} aria-label={t('stats.indicator')} value={id} onChange={(x) => { setId(x); setDistrict(null); }} data-testid="indicator-select"
          options={(list.data?.indicators ?? []).map((d) => ({ value: d.id, label: language === 'en' ? d.nameEn : d.nameZh }))} />
        <span>{t('stats.month')}</span>
        <Select style={{ width: 140 }} aria-label={t('stats.month')} value={month} onChange={setMonth} options={months.map((m) => ({ value: m, label: m }))} data-testid="month-select" />
        {district && v?.district && (
          <>
            <Typography.Text strong data-testid="current-district">{t('stats.district', { name: v.district.nameZh })}</Typography.Text>
            <Button onClick={() => setDistrict(null)}>{t('stats.allCity')}</Button>
          </>
        )}
      </Space>
      {failure ? <LoadFailure error={failure} onRetry={() => { list.reload(); view.reload(); }} /> : v && (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Statistic title={fmt.withNote(language === 'en' ? v.indicator.nameEn : v.indicator.nameZh, t(`stats.unit.${v.indicator.unit}` as StatisticsMessageKey))} value={valueText(v.indicator.unit, v.total)} data-testid="indicator-total" />
                <Typography.Text type="secondary">{t('stats.asOf', { date: v.asOf })}</Typography.Text>
              </Col>
              <Col xs={24} md={16}>
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('stats.formula')}>{language === 'en' ? v.indicator.formulaEn : v.indicator.formulaZh}</Descriptions.Item>
                  <Descriptions.Item label={t('stats.sources')}>{fmt.list(v.indicator.sources.map((s) => t(`stats.source.${s}` as StatisticsMessageKey)))}</Descriptions.Item>
                </Descriptions>
              </Col>
            </Row>
          </Card>
          <Row gutter={[16, 16]}>
            {v.breakdowns.map((b) => (
              <Col xs={24} lg={12} key={b.by}>
                <Breakdown view={v} by={b.by} onDrill={setDistrict} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </div>
  );
}
