import { Alert, App, Card, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { ConfirmedButton } from '../../app/ConfirmedButton';
import { useAuth } from '../auth/use-auth';
import { formatFenAsYuan } from '../../format/money';
import { createBatch, exportUrl, fetchBatches, fetchPolicies, fetchVoucherFunds, importReturn, type Batch } from './benefits-api';
import { useBenefitsText } from './use-benefits-text';

/** Finance: a batch per fund of the approved payments, exported for the bank (CSV / XLSX), then the bank's return file imported. */
export function PaymentsPage() {
  const { t, pick, errorText } = useBenefitsText();
  // Auditors read the batches; only the payments officer prepares them and imports bank returns.
  const canManage = useAuth().me?.role === 'SME_BUREAU_FINANCE';
  const { message } = App.useApp();
  const batches = useApi(() => fetchBatches(), []);
  const policies = useApi(() => fetchPolicies(), []);
  const voucherFunds = useApi(() => fetchVoucherFunds(), []);
  const [content, setContent] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const funds = [...new Map([...(policies.data?.items ?? []).map((p) => p.fund), ...(voucherFunds.data?.items ?? [])].map((f) => [f.id, f])).values()];
  const run = async (fn: () => Promise<string>) => {
    setFailure(null);
    try {
      void message.success(await fn());
      batches.reload();
    } catch (e) {
      setFailure(errorText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('benefits.pay.title')}</Typography.Title>
      {canManage && <Card>
        <Space wrap>
          {funds.map((f) => (
            <ConfirmedButton key={f.id} testId={`create-batch-${f.id}`} question={t('benefits.pay.createConfirm', { fund: pick(f.name) })} onConfirm={() => void run(async () => (await createBatch(f.id)).id)}>
              {t('benefits.pay.create')} · {pick(f.name)}
            </ConfirmedButton>
          ))}
        </Space>
        {failure && <Alert type="error" message={failure} data-testid="payments-error" />}
      </Card>}
      <Table<Batch>
        data-testid="batches" rowKey="id" loading={batches.isLoading} dataSource={batches.data?.items ?? []} pagination={false}
        columns={[
          { title: 'ID', dataIndex: 'id' },
          { title: t('benefits.col.fund'), dataIndex: 'fundId' },
          { title: t('benefits.pay.lines'), dataIndex: 'lineCount' },
          { title: t('benefits.pay.total'), dataIndex: 'totalFen', render: (v: number) => formatFenAsYuan(v) },
          { title: t('benefits.pay.progress'), render: (_: unknown, b) => `${b.paid} / ${b.failed} / ${b.pending}` },
          ...(canManage ? [{
            title: '', render: (_: unknown, b: Batch) => (
              <Space direction="vertical">
                <Space>
                  <a href={exportUrl(b.id, 'csv')} data-testid={`export-csv-${b.id}`}>CSV</a>
                  <a href={exportUrl(b.id, 'xlsx')} data-testid={`export-xlsx-${b.id}`}>XLSX</a>
                </Space>
                <Input.TextArea rows={3} placeholder={t('benefits.pay.importHint')} value={content[b.id] ?? ''} onChange={(e) => setContent({ ...content, [b.id]: e.target.value })} data-testid={`return-${b.id}`} />
                <ConfirmedButton testId={`import-${b.id}`} question={t('benefits.pay.importConfirm')} onConfirm={() => void run(async () => { const r = await importReturn(b.id, content[b.id] ?? ''); return t('benefits.pay.imported', { paid: r.paid, failed: r.failed, unchanged: r.unchanged }); })}>{t('benefits.pay.import')}</ConfirmedButton>
              </Space>
            ),
          }] : []),
        ]}
      />
    </Space>
  );
}
