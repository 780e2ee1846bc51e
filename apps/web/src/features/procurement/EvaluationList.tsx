import { useState } from 'react';
import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { AwardModal } from './AwardModal';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { formatFenAsYuan } from '../../format/money';
import type { BidResult, Evaluation } from './procurement-api';
import { procurementMessages } from './procurement-messages';
import { percentText } from './labels';
import { CitationList } from './CitationList';

/** Stored evaluations: each bid's evaluated price with the deduction, its reason and the articles cited. */
export function EvaluationList({ evaluations, projectId, canManage = false, onChanged }: { evaluations: Evaluation[]; projectId: string; canManage?: boolean; onChanged?(): void }) {
  const { pick } = useI18n();
  const t = useMessages(procurementMessages);
  const [awarding, setAwarding] = useState<Evaluation | null>(null);
  if (evaluations.length === 0) return <Card title={t('proc.eval.title')}><Empty description={t('proc.eval.none')} /></Card>;
  return (
    <div data-testid="evaluations">
      {evaluations.map((e) => (
        <Card
          key={e.id}
          style={{ marginBottom: 16 }}
          title={<>{t('proc.eval.title')} · {t('proc.eval.on', { date: e.evaluatedOn })}{e.lotId ? ` · ${e.lotId}` : ''} {e.reservedForSme && <Tag color="blue">{t('proc.eval.reserved')}</Tag>}</>}
          extra={e.award ? <Tag color="green">{t('proc.award.done', { winner: e.award.winnerName, date: e.award.announcedOn })}</Tag> : canManage && <Button size="small" onClick={() => setAwarding(e)}>{t('proc.award.action')}</Button>}
        >
          <Table<BidResult>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={[...e.bids].sort((a, b) => a.rank - b.rank)}
            columns={[
              { title: t('proc.eval.rank'), dataIndex: 'rank', width: 60 },
              { title: t('proc.bids.supplier'), dataIndex: 'supplier' },
              { title: t('proc.bids.price'), dataIndex: 'priceFen', align: 'right', render: (v: number) => formatFenAsYuan(v) },
              { title: t('proc.eval.deduction'), dataIndex: 'deductionRate', render: (v: string) => (v === '0' ? '—' : percentText(v)) },
              { title: t('proc.eval.evaluatedPrice'), dataIndex: 'evaluatedPriceFen', align: 'right', render: (v: number) => <strong data-testid="evaluated-price">{formatFenAsYuan(v)}</strong> },
              {
                title: t('proc.eval.reason'),
                render: (_: unknown, b) => (
                  <>
                    <div data-testid="bid-reason">{pick(b.reason)}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('proc.eval.citations')}: <CitationList addresses={b.citations} /></Typography.Text>
                  </>
                ),
              },
            ]}
          />
          {e.warnings.map((w, i) => <Typography.Paragraph key={i} type="warning" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>{pick(w)}</Typography.Paragraph>)}
        </Card>
      ))}
      {awarding && <AwardModal projectId={projectId} evaluation={awarding} onClose={() => setAwarding(null)} onPublished={() => { setAwarding(null); onChanged?.(); }} />}
    </div>
  );
}
