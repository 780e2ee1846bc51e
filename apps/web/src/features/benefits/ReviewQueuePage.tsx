import { Alert, App, Button, Card, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { ConfirmedButton } from '../../app/ConfirmedButton';
import { useAuth } from '../auth/use-auth';
import { formatFenAsYuan } from '../../format/money';
import { batchApprove, compareData, fetchCases, fetchPolicies, type CaseSummary } from './benefits-api';
import { useBenefitsText } from './use-benefits-text';

/** Cases per page of the queue; the next page goes by key (the server's nextCursor). */
const PAGE_SIZE = 100;

/** The reviewer's queue (its department's policies) with the rule's explanation beside each case, and 免申即享 comparison and batch approval. */
export function ReviewQueuePage() {
  const { t, pick, errorText } = useBenefitsText();
  // Auditors read the queue; comparing and approving are for the reviewing departments (the server checks which).
  const role = useAuth().me?.role;
  const canAct = role === 'SME_BUREAU' || role === 'DEPARTMENT';
  const { message } = App.useApp();
  const [after, setAfter] = useState<string | undefined>(undefined);
  const cases = useApi(() => fetchCases({ pageSize: PAGE_SIZE, ...(after ? { after } : {}) }), [after]);
  const nextCursor = cases.data?.nextCursor ?? null;
  const policies = useApi(() => fetchPolicies(), []);
  const [failure, setFailure] = useState<string | null>(null);
  const noApp = (policies.data?.items ?? []).filter((p) => p.channel === 'NO_APPLICATION');
  const run = async (fn: () => Promise<string>) => {
    setFailure(null);
    try {
      void message.success(await fn());
      cases.reload();
    } catch (e) {
      setFailure(errorText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('benefits.review.title')}</Typography.Title>
      <Card title={t('benefits.review.noApp')}>
        <List
          dataSource={noApp}
          renderItem={(p) => (
            <List.Item actions={!canAct ? [] : [
              <ConfirmedButton key="c" testId={`compare-${p.policyId}`} question={t('benefits.review.compareConfirm')} onConfirm={() => void run(async () => { const r = await compareData(p.policyId); return t('benefits.review.compared', { listed: r.listed.length, already: r.alreadyListed, ineligible: r.ineligible.length }); })}>{t('benefits.review.compare')}</ConfirmedButton>,
              <ConfirmedButton key="a" type="primary" testId={`batch-approve-${p.policyId}`} question={t('benefits.review.batchApproveConfirm')} onConfirm={() => void run(async () => { const r = await batchApprove(p.policyId); return t('benefits.review.approved', { approved: r.approved.length, refused: r.refused.length }); })}>{t('benefits.review.batchApprove')}</ConfirmedButton>,
            ]}>
              {pick(p.title)} · {pick(p.fund.name)}
            </List.Item>
          )}
        />
        {failure && <Alert type="error" message={failure} data-testid="review-error" />}
      </Card>
      <Table<CaseSummary>
        data-testid="review-queue" rowKey="id" loading={cases.isLoading} dataSource={cases.data?.items ?? []}
        columns={[
          { title: t('benefits.col.tracking'), dataIndex: 'trackingNumber', render: (v: string, r) => <Link to={`/benefits/cases/${r.id}`} data-testid={`review-link-${r.enterpriseName}`}>{v}</Link> },
          { title: t('benefits.col.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('benefits.col.policy'), dataIndex: 'policyId' },
          { title: t('benefits.col.status'), dataIndex: 'status', render: (_: string, r) => <Tag>{pick(r.statusLabel)}</Tag> },
          { title: t('benefits.col.computed'), dataIndex: 'computedFen', align: 'right', render: (v: number | null) => (v === null ? '—' : formatFenAsYuan(v)) },
          { title: t('benefits.col.reasons'), dataIndex: 'reasons', render: (v: { zh: string; en: string }[] | undefined) => (v ?? []).map((x) => pick(x)).join(' · ') },
          { title: t('benefits.col.due'), dataIndex: 'dueOn' },
        ]}
      />
      {(after || nextCursor) && (
        <Space>
          {after && <Button onClick={() => setAfter(undefined)} data-testid="review-from-start">{t('benefits.review.fromStart')}</Button>}
          {nextCursor && <Button type="primary" onClick={() => setAfter(nextCursor)} data-testid="review-next-page">{t('benefits.review.nextPage')}</Button>}
        </Space>
      )}
    </Space>
  );
}
