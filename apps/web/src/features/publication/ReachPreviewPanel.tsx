import { Alert, Button, Card, Col, Empty, Input, Row, Space, Statistic, Tabs, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { formatCount, formatFenAsWanYuan, formatFenAsYuan } from '../../format/money';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { previewDraft, type Preview, type ReachView } from './publication-api';
import { publicationMessages } from './publication-messages';
import { ReachBreakdown } from './ReachBreakdown';
import { SnapshotProgress } from './SnapshotProgress';
import { REACH_STATUSES } from './reach-view';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The four totals of a preview, and the cost when the draft has an amount. */
export function ReachTotals({ view, testPrefix }: { view: ReachView; testPrefix: string }) {
  const t = useMessages(publicationMessages);
  return (
    <Row gutter={16}>
      {REACH_STATUSES.map((s) => (
        <Col key={s} xs={12} md={4}>
          <Statistic title={t(`publication.reach.${s}`)} value={formatCount(view[s])} styles={s === 'eligible' ? { content: { color: '#389e0d' } } : undefined} data-testid={`${testPrefix}-${s}`} data-value={view[s]} />
        </Col>
      ))}
      {view.cost && (
        <Col xs={24} md={8}>
          <Statistic title={t('publication.reach.cost')} value={formatFenAsWanYuan(view.cost.eligibleFen)} data-testid={`${testPrefix}-cost`} data-value={view.cost.eligibleFen} />
          <Typography.Text type="secondary">{t('publication.reach.costYuan', { yuan: formatFenAsYuan(view.cost.eligibleFen) })}</Typography.Text>
          {view.cost.unknownAmount > 0 && <div><Typography.Text type="warning">{t('publication.reach.costUnknown', { n: formatCount(view.cost.unknownAmount) })}</Typography.Text></div>}
        </Col>
      )}
    </Row>
  );
}

/** 覆盖面预览: the saved draft over the whole registry, as of a date — totals, by district, industry section and size class. */
export function ReachPreviewPanel({ draftId, date, onDate, isDirty }: { draftId: string; date: string; onDate(date: string): void; isDirty: boolean }) {
  const t = useMessages(publicationMessages);
  const [result, setResult] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const dateOk = date.trim() === '' || DATE.test(date.trim());

  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setResult(await previewDraft(draftId, date.trim() ? { date: date.trim() } : {}));
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('publication.preview.title')} data-testid="reach-preview">
      <Typography.Paragraph type="secondary">{t('publication.preview.intro')}</Typography.Paragraph>
      {isDirty && <Alert type="warning" showIcon title={t('publication.preview.unsaved')} style={{ marginBottom: 12 }} />}
      <SnapshotProgress />
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('publication.preview.date')}</span>
        <Input style={{ width: 160 }} value={date} status={dateOk ? undefined : 'error'} placeholder={t('publication.preview.datePlaceholder')} onChange={(e) => onDate(e.target.value)} data-testid="preview-date" />
        <Button type="primary" icon={<EyeOutlined />} loading={busy} disabled={!dateOk} onClick={() => void run()} data-testid="preview-run">{t('publication.preview.run')}</Button>
      </Space>
      {failure ? <LoadFailure error={failure} /> : null}
      {!result && !failure && <Empty description={t('publication.preview.none')} />}
      {result && (
        <div data-testid="reach-result">
          <Typography.Paragraph data-testid="preview-as-of">{t('publication.preview.asOf', { date: result.date, total: formatCount(result.base.total) })}</Typography.Paragraph>
          <ReachTotals view={result.base} testPrefix="reach" />
          <Tabs
            style={{ marginTop: 16 }}
            items={(['district', 'section', 'size'] as const).map((kind) => ({
              key: kind,
              label: <span data-testid={`reach-tab-${kind}`}>{t(`publication.reach.by.${kind}`)}</span>,
              children: <ReachBreakdown view={result.base} kind={kind} />,
            }))}
          />
        </div>
      )}
    </Card>
  );
}
