import { useMemo } from 'react';
import { Card, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useApi } from '../../api/use-api';
import { EChart } from '../../charts/EChart';
import { LoadFailure } from '../errors/LoadFailure';
import { Citation } from '../policies/Citation';
import { fetchParameter, type ParameterValue } from './rulebook-api';
import { rulebookMessages } from './rulebook-messages';
import { stepSeries } from './step-series';

/** `/rulebook/parameters/:path`: value history per jurisdiction as a table and a step chart, each value with its source. */
export function ParameterDetailPage() {
  const { path = '' } = useParams();
  const { pick, language } = useI18n();
  const t = useMessages(rulebookMessages);
  const state = useApi(() => fetchParameter(path), [path]);
  const p = state.data;
  const option = useMemo(() => {
    if (!p) return null;
    const series = stepSeries(p, dayjs().format('YYYY-MM-DD'), (j) => pick(j.jurisdictionName));
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 64, right: 32, top: 40, bottom: 32 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: p.unit, scale: true },
      series: series.map((s) => ({ name: s.name, type: 'line', step: 'start', data: s.points, symbolSize: 6, connectNulls: false })),
    };
  }, [p, pick]);
  if (state.error) return <LoadFailure error={state.error} onRetry={state.reload} />;
  if (!p || !option) return <Card loading />;
  return (
    <div data-testid="rulebook-parameter">
      <Typography.Title level={3}>{language === 'zh' ? p.description : p.descriptionEn || p.description}</Typography.Title>
      <Typography.Paragraph>
        <Typography.Text code>{p.path}</Typography.Text> · {p.unit} · {t('rulebook.labelValue', { label: t('rulebook.file'), value: '' })}<Typography.Text code>{p.file}</Typography.Text>
      </Typography.Paragraph>
      <Card size="small" title={t('rulebook.chart')} style={{ marginBottom: 16 }}>
        <EChart option={option} height={280} testId="parameter-chart" />
      </Card>
      <Typography.Title level={4}>{t('rulebook.history')}</Typography.Title>
      {p.byJurisdiction.map((j) => (
        <Card key={j.jurisdiction} size="small" title={pick(j.jurisdictionName)} style={{ marginBottom: 12 }}>
          <Table<ParameterValue>
            data-testid={`history-${j.jurisdiction}`}
            rowKey={(v) => `${v.from}-${v.draft ? 'd' : 'a'}`}
            dataSource={j.values}
            pagination={false}
            size="small"
            columns={[
              { title: t('rulebook.col.from'), dataIndex: 'from', width: 110, render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{d}</span> },
              { title: t('rulebook.col.until'), key: 'until', width: 110, render: (_, v) => <span style={{ whiteSpace: 'nowrap' }}>{v.until ?? '—'}</span> },
              { title: t('rulebook.col.value'), key: 'value', width: 120, render: (_, v) => (v.value === null ? t('rulebook.ended') : <Typography.Text strong>{v.value}</Typography.Text>) },
              { title: t('rulebook.col.source'), key: 'source', render: (_, v) => <Citation cite={v.reference} date={v.from} compact /> },
              { title: t('rulebook.col.published'), dataIndex: 'published', width: 110, render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{d}</span> },
              {
                title: t('rulebook.col.flags'),
                key: 'flags',
                render: (_, v) => (
                  <>
                    {v.unverified && <Tag color="orange">{t('rulebook.unverified')}</Tag>}
                    {v.draft && <Tag color="blue">{t('rulebook.draft')}</Tag>}
                    {v.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{v.note}</Typography.Text>}
                  </>
                ),
              },
            ]}
          />
        </Card>
      ))}
    </div>
  );
}
