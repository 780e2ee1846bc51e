import { useMemo } from 'react';
import { Card } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import type { YearlyFigures } from '../../api/types';
import { EChart } from '../../charts/EChart';
import { fenToWanYuanNumber, formatCount, formatFenAsWanYuan } from '../../format/money';

/** Revenue (bars, 万元) and head count (line, second axis) by year, oldest first. */
export function FiguresChart({ figures }: { figures: readonly YearlyFigures[] }) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const rows = [...figures].sort((a, b) => a.year - b.year);
    const revenueName = t('figures.chartRevenue');
    const employeesName = t('figures.chartEmployees');
    return {
      tooltip: {
        trigger: 'axis',
        formatter: (items: Array<{ dataIndex: number; seriesName: string; marker: string }>) => {
          const row = rows[items[0]?.dataIndex ?? 0];
          if (!row) return '';
          return [
            `${row.year}`,
            `${items[0]?.marker ?? ''}${revenueName}: ${formatFenAsWanYuan(row.revenueFen)}`,
            `${items[1]?.marker ?? ''}${employeesName}: ${formatCount(row.employees)}`,
          ].join('<br/>');
        },
      },
      legend: { data: [revenueName, employeesName], top: 0 },
      grid: { left: 64, right: 56, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((row) => String(row.year)) },
      yAxis: [
        { type: 'value', name: t('unit.wanYuan'), axisLabel: { formatter: (v: number) => formatCount(v) } },
        { type: 'value', name: t('figures.employeesUnit'), splitLine: { show: false }, minInterval: 1 },
      ],
      series: [
        { name: revenueName, type: 'bar', data: rows.map((row) => fenToWanYuanNumber(row.revenueFen)), barMaxWidth: 36 },
        { name: employeesName, type: 'line', yAxisIndex: 1, data: rows.map((row) => row.employees), smooth: true, symbolSize: 8 },
      ],
    };
  }, [figures, t]);
  if (figures.length === 0) return null;
  return (
    <Card title={t('figures.chartTitle')} size="small" style={{ marginTop: 16 }}>
      <EChart option={option} height={280} testId="figures-chart" />
    </Card>
  );
}
