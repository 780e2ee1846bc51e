import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { formatCount, formatFenAsWanYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { ConditionCheckResult } from './ConditionCheckResult';
import { previewDraft, type Draft, type Preview, type PreviewChange } from './publication-api';
import { publicationMessages } from './publication-messages';
import { comparisonRows, districtChanges, signed, type ComparisonRow } from './reach-view';
import { useConditionCheck } from './use-condition-check';

const AMOUNT = '__amount__';

const deltaColor = (metric: ComparisonRow['metric'], delta: number | null) => {
  if (!delta) return undefined;
  if (metric === 'eligible') return delta > 0 ? 'green' : 'red';
  if (metric === 'cost') return delta > 0 ? 'orange' : 'blue';
  return undefined;
};

/**
 * 假设分析: one condition (or the amount formula) changed, the rest of the saved draft as it is —
 * base and variant side by side, enterprises gained and lost, and the change in cost.
 */
export function WhatIfPanel({ draft, date, isDirty }: { draft: Draft; date: string; isDirty: boolean }) {
  const t = useMessages(publicationMessages);
  const { pick, language } = useI18n();
  const originalOf = (target: string) => (target === AMOUNT ? (draft.amount?.formula ?? '') : (draft.conditions.find((c) => c.id === target)?.when ?? ''));
  const [target, setTarget] = useState(draft.conditions[0]?.id ?? '');
  const [text, setText] = useState(() => originalOf(draft.conditions[0]?.id ?? ''));
  const [result, setResult] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isAmount = target === AMOUNT;
  const check = useConditionCheck(text.trim() || null, isAmount ? 'money' : 'bool');
  const unchanged = text.trim() === originalOf(target).trim();

  const choose = (next: string) => {
    setTarget(next);
    setText(originalOf(next));
    setResult(null);
  };

  const run = async () => {
    setBusy(true);
    setFailure(null);
    const change: PreviewChange = isAmount ? { amount: text.trim() } : { conditionId: target, when: text.trim() };
    try {
      setResult(await previewDraft(draft.id, { ...(date.trim() ? { date: date.trim() } : {}), changes: [change] }));
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const metricLabel = (m: ComparisonRow['metric']) => (m === 'cost' ? t('publication.reach.cost') : t(`publication.reach.${m}`));
  const valueText = (m: ComparisonRow['metric'], v: number | null) => (v === null ? '—' : m === 'cost' ? formatFenAsWanYuan(v) : formatCount(v));
  const options = [
    ...draft.conditions.map((c) => ({ value: c.id, label: `${c.id} · ${pick({ zh: c.labelZh, en: c.labelEn })}` })),
    ...(draft.amount ? [{ value: AMOUNT, label: t('publication.whatif.amount') }] : []),
  ];
  const diff = result?.diff;
  return (
    <Card title={t('publication.whatif.title')} data-testid="whatif">
      <Typography.Paragraph type="secondary">{t('publication.whatif.intro')}</Typography.Paragraph>
      {isDirty && <Alert type="warning" showIcon title={t('publication.preview.unsaved')} style={{ marginBottom: 12 }} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <span>{t('publication.whatif.target')}</span>
          <Select style={{ minWidth: 320 }} value={target} options={options} onChange={choose} data-testid="whatif-target" />
        </Space>
        <Typography.Text type="secondary">{t('publication.whatif.base')}: <code data-testid="whatif-original">{originalOf(target)}</code></Typography.Text>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          style={{ fontFamily: 'monospace' }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={t('publication.whatif.text')}
          data-testid="whatif-text"
        />
        <ConditionCheckResult check={check} text={text.trim()} testId="whatif-check" />
        <Space>
          <Button type="primary" icon={<ExperimentOutlined />} loading={busy} disabled={unchanged || text.trim() === ''} onClick={() => void run()} data-testid="whatif-run">
            {t('publication.whatif.run')}
          </Button>
          {unchanged && <Typography.Text type="secondary">{t('publication.whatif.unchanged')}</Typography.Text>}
        </Space>
      </Space>
      {failure ? <div style={{ marginTop: 16 }}><LoadFailure error={failure} /></div> : null}
      {result?.variant && diff && (
        <div style={{ marginTop: 16 }} data-testid="whatif-result">
          <Space wrap size="middle" style={{ marginBottom: 12 }}>
            <Tag color={diff.gained > 0 ? 'green' : 'default'} style={{ fontSize: 15, padding: '4px 10px' }} data-testid="whatif-gained" data-value={diff.gained}>
              {t('publication.whatif.gained', { n: formatCount(diff.gained) })}
            </Tag>
            <Tag color={diff.lost > 0 ? 'red' : 'default'} style={{ fontSize: 15, padding: '4px 10px' }} data-testid="whatif-lost" data-value={diff.lost}>
              {t('publication.whatif.lost', { n: formatCount(diff.lost) })}
            </Tag>
            <Tag style={{ fontSize: 15, padding: '4px 10px' }} data-testid="whatif-unknown-delta" data-value={diff.unknownDelta}>
              {t('publication.whatif.unknownDelta', { delta: signed(diff.unknownDelta, formatCount) })}
            </Tag>
            {typeof diff.costDeltaFen === 'number' && (
              <Tag color={diff.costDeltaFen > 0 ? 'orange' : diff.costDeltaFen < 0 ? 'blue' : 'default'} style={{ fontSize: 15, padding: '4px 10px' }} data-testid="whatif-cost-delta" data-value={diff.costDeltaFen}>
                {t('publication.whatif.costDelta', { delta: signed(diff.costDeltaFen, formatFenAsWanYuan) })}
              </Tag>
            )}
          </Space>
          <Table<ComparisonRow>
            size="small"
            rowKey="metric"
            pagination={false}
            dataSource={comparisonRows(result.base, result.variant)}
            data-testid="whatif-table"
            columns={[
              { title: t('publication.whatif.metric'), dataIndex: 'metric', render: (m: ComparisonRow['metric']) => metricLabel(m) },
              { title: t('publication.whatif.base'), dataIndex: 'base', align: 'right', render: (v: number | null, r) => valueText(r.metric, v) },
              { title: t('publication.whatif.variant'), dataIndex: 'variant', align: 'right', render: (v: number | null, r) => valueText(r.metric, v) },
              {
                title: t('publication.whatif.delta'),
                dataIndex: 'delta',
                align: 'right',
                render: (v: number | null, r) => (v === null ? '—' : <Tag color={deltaColor(r.metric, v)}>{signed(v, (n) => valueText(r.metric, n))}</Tag>),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('publication.whatif.byDistrict')}</Typography.Title>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={districtChanges(result.base, result.variant, language)}
            data-testid="whatif-districts"
            columns={[
              { title: t('publication.reach.group'), dataIndex: 'label' },
              { title: t('publication.whatif.base'), dataIndex: 'base', align: 'right', render: (v: number) => formatCount(v) },
              { title: t('publication.whatif.variant'), dataIndex: 'variant', align: 'right', render: (v: number) => formatCount(v) },
              { title: t('publication.whatif.delta'), dataIndex: 'delta', align: 'right', render: (v: number) => <Tag color={v > 0 ? 'green' : v < 0 ? 'red' : undefined}>{signed(v, formatCount)}</Tag> },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
