import { useState } from 'react';
import { Card, Space, Switch, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useFormat } from '../../i18n/format-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { DecideRepairForm } from './DecideRepairForm';
import { fetchAllMarks, fetchRepairs, type MarkView, type RepairView } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';
import { ObjectionsCard } from './ObjectionsCard';
import { RecordArrearsMarkCard } from './RecordArrearsMarkCard';

/** 信用记录与修复审核 (SME bureau; auditors read): repair applications to decide, recording arrears findings, all marks. */
export function RepairReviewPage() {
  const t = useMessages(publicCreditMessages);
  const { pick } = useI18n();
  const fmt = useFormat();
  const { me } = useAuth();
  const isBureau = me?.role === 'SME_BUREAU';
  const [openOnly, setOpenOnly] = useState(true);
  const [version, setVersion] = useState(0);
  const repairs = useApi(() => fetchRepairs(openOnly), [openOnly, version]);
  const marks = useApi(() => fetchAllMarks(), [version]);
  if (repairs.error) return <LoadFailure error={repairs.error} onRetry={repairs.reload} />;
  if (marks.error) return <LoadFailure error={marks.error} onRetry={marks.reload} />;
  const refresh = () => setVersion((v) => v + 1);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('pc.review.title')} data-testid="repair-review" extra={<Space><Typography.Text>{t('pc.review.openOnly')}</Typography.Text><Switch checked={openOnly} onChange={setOpenOnly} aria-label={t('pc.review.openOnly')} /></Space>}>
        <Table<RepairView>
          rowKey="repairId" size="small" loading={repairs.isLoading} dataSource={repairs.data?.items ?? []} pagination={{ pageSize: 20 }} scroll={{ x: true }}
          locale={{ emptyText: t('pc.review.empty') }}
          expandable={{
            expandedRowRender: (r) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text>{t('pc.review.evidence')}{fmt.colon()}</Typography.Text>
                {r.evidence.map((e, i) => <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{e}</Typography.Paragraph>)}
                {r.decision && <Typography.Text>{fmt.labelValue(t('pc.repair.decisionReasons'), r.decision.reasons)}</Typography.Text>}
                {isBureau && <DecideRepairForm repair={r} onDone={refresh} />}
              </Space>
            ),
          }}
          columns={[
            { title: t('pc.col.subject'), render: (_, r) => r.subjectName ?? '—' },
            { title: t('pc.col.kind'), render: (_, r) => (r.kindLabel ? pick(r.kindLabel) : '—') },
            { title: t('pc.review.measures'), render: (_, r) => fmt.list(r.measures.map((m) => pick(m.label))) },
            { title: t('pc.review.submittedAt'), render: (_, r) => r.submittedAt.slice(0, 10) },
            { title: t('pc.review.due'), render: (_, r) => r.decisionDue ?? t('pc.review.dueUnknown') },
            { title: t('pc.col.status'), render: (_, r) => <Tag>{pick(r.statusLabel)}</Tag> },
          ]}
        />
      </Card>
      <ObjectionsCard />
      {isBureau && <RecordArrearsMarkCard onDone={refresh} />}
      <Card title={t('pc.marks.title')}>
        <Table<MarkView>
          rowKey="markId" size="small" loading={marks.isLoading} dataSource={marks.data?.items ?? []} pagination={{ pageSize: 20 }} scroll={{ x: true }}
          columns={[
            { title: t('pc.col.subject'), dataIndex: 'subjectName' },
            { title: t('pc.col.kind'), render: (_, m) => pick(m.kindLabel) },
            { title: t('pc.col.decidedOn'), dataIndex: 'decidedOn' },
            { title: t('pc.col.period'), render: (_, m) => fmt.range(m.period.start, m.period.end) },
            { title: t('pc.col.status'), render: (_, m) => <Tag>{pick(m.stateLabel)}</Tag> },
          ]}
        />
      </Card>
    </Space>
  );
}
