import { useMemo } from 'react';
import { Card } from 'antd';
import { EChart } from '../../charts/EChart';
import { fenToWanYuanNumber } from '../../format/money';
import { useMessages } from '../../i18n/define-messages';
import { homeMessages } from './home-messages';

/** Benefits paid per month of the year, in 万元 (loaded on its own, so ECharts is fetched only where a chart is drawn). */
export function PaidChart({ points }: { points: readonly { month: string; valueFen: number }[] }) {
  const t = useMessages(homeMessages);
  const seriesName = t('home.chart.paidSeries');
  const option = useMemo(() => ({
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => p.month.slice(5)) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: seriesName, data: points.map((p) => Math.round(fenToWanYuanNumber(p.valueFen) * 100) / 100) }],
  }), [points, seriesName]);
  return (
    <Card title={t('home.chart.paid')} size="small" data-testid="home-paid-chart">
      <EChart option={option} height={220} />
    </Card>
  );
}
