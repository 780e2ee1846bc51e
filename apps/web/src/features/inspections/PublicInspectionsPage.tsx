import { Card, Collapse, Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPublicItems, fetchPublicPlan, fetchPublicPlans, type Item, type Plan } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { GRADES, percentText } from './labels';
import { TargetsTable } from './TargetsTable';
import { PublicResultsCard } from './PublicResultsCard';
import { useFormat } from '../../i18n/format-messages';

function PlanResults({ plan }: { plan: Plan }) {
  const t = useMessages(inspectionsMessages);
  const f = useFormat();
  const detail = useApi(() => fetchPublicPlan(plan.planId), [plan.planId]);
  if (detail.error) return <LoadFailure error={detail.error} onRetry={detail.reload} />;
  return (
    <div>
      <Typography.Paragraph>{f.clauses(GRADES.map((g) => `${t(`insp.grade.${g}`)} ${percentText(plan.ratios[g] ?? '0')}`))}</Typography.Paragraph>
      <Typography.Paragraph>{t('insp.detail.seedDigest')}{f.colon()}<Typography.Text code>{plan.seedDigest}</Typography.Text></Typography.Paragraph>
      {plan.seed && (
        <>
          <Typography.Paragraph>{t('insp.detail.seed')}{f.colon()}<Typography.Text code copyable>{plan.seed}</Typography.Text></Typography.Paragraph>
          <Typography.Paragraph><a href={`/api/inspections/public/plans/${plan.planId}/candidates`} download>{t('insp.public.downloadList')}</a></Typography.Paragraph>
          <TargetsTable targets={detail.data?.targets ?? []} showInspectors={false} />
        </>
      )}
    </div>
  );
}

/** `/inspections/public`: 一公开 — every department's items, committed plans with digests, drawn plans with seed and results. */
export function PublicInspectionsPage() {
  const t = useMessages(inspectionsMessages);
  const f = useFormat();
  const plans = useApi(fetchPublicPlans, []);
  const items = useApi(fetchPublicItems, []);
  const [open, setOpen] = useState<string[]>([]);
  if (plans.error ?? items.error) return <LoadFailure error={(plans.error ?? items.error)!} onRetry={() => { plans.reload(); items.reload(); }} />;
  return (
    <div data-testid="public-inspections">
      <Typography.Title level={3}>{t('insp.public.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('insp.public.intro')}</Typography.Paragraph>
      {plans.data && plans.data.length === 0 ? <Empty description={t('insp.public.empty')} /> : (
        <Collapse
          activeKey={open}
          onChange={(k) => setOpen(Array.isArray(k) ? k : [k])}
          items={(plans.data ?? []).map((p) => ({
            key: p.planId,
            label: <span data-testid="public-plan">{`${p.departmentName} · ${p.title} `}<Tag>{t(`insp.status.${p.status}`)}</Tag></span>,
            children: open.includes(p.planId) ? <PlanResults plan={p} /> : null,
          }))}
        />
      )}
      <PublicResultsCard />
      <Card title={t('insp.public.items')} style={{ marginTop: 16 }}>
        <Table<Item>
          rowKey="id"
          size="small"
          loading={items.isLoading}
          dataSource={items.data ?? []}
          scroll={{ x: true }}
          columns={[
            { title: t('insp.col.department'), dataIndex: 'departmentName' },
            { title: t('insp.col.name'), dataIndex: 'name' },
            { title: t('insp.col.basis'), render: (_: unknown, i) => i.legalBasis.map((b) => <div key={b.address}>{f.lawCitation(b.title, b.citation)}</div>) },
            { title: t('insp.col.method'), render: (_: unknown, i) => t(`insp.method.${i.method}`) },
            { title: t('insp.col.cap'), render: (_: unknown, i) => t('insp.cap.times', { n: i.annualCapPerEnterprise }) },
          ]}
        />
      </Card>
    </div>
  );
}
