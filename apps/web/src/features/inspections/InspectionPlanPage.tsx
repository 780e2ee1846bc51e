import { App, Button, Card, Descriptions, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { formatTimestamp } from '../../format/timestamp';
import { LoadFailure } from '../errors/LoadFailure';
import { commitPlan, drawPlan, fetchPlan } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { GRADES, percentText } from './labels';
import { RegisterVisitCard } from './RegisterVisitCard';
import { TargetsTable } from './TargetsTable';
import { VisitsTable } from './VisitsTable';
import { useFormat } from '../../i18n/format-messages';

/** `/inspections/plans/:id`: one plan — freeze the list and publish the seed digest, then draw; the seed and targets after. */
export function InspectionPlanPage() {
  const { id = '' } = useParams();
  const { language } = useI18n();
  const { message } = App.useApp();
  const t = useMessages(inspectionsMessages);
  const f = useFormat();
  const plan = useApi(() => fetchPlan(id), [id]);
  const [visitsVersion, setVisitsVersion] = useState(0);

  const run = async (step: () => Promise<unknown>, done?: string) => {
    try {
      await step();
      if (done) message.success(done);
      plan.reload();
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };

  if (plan.error) return <LoadFailure error={plan.error} onRetry={plan.reload} />;
  const p = plan.data;
  if (!p) return <Card loading />;
  const stepIndex = p.status === 'DRAFT' ? 0 : p.status === 'SEED_COMMITTED' ? 1 : 2;
  const candidateTotal = p.candidateCount ?? Object.values(p.candidatesByStratum).reduce((a, b) => a + b, 0);
  return (
    <div data-testid="inspection-plan" data-status={p.status}>
      <Typography.Title level={3}>{p.title}</Typography.Title>
      <Steps current={stepIndex} items={[{ title: t('insp.step.plan') }, { title: t('insp.step.commit') }, { title: t('insp.step.draw') }]} style={{ marginBottom: 16 }} />
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label={t('insp.col.status')}><Tag>{t(`insp.status.${p.status}`)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('insp.plan.items')}>{f.list(p.items.map((i) => i.name))}</Descriptions.Item>
        {p.window && <Descriptions.Item label={t('insp.plan.windowShown')}>{f.range(p.window.from, p.window.to)}</Descriptions.Item>}
        <Descriptions.Item label={t('insp.plan.ratios')}>
          {GRADES.map((g) => <div key={g}>{f.labelValue(t(`insp.grade.${g}`), p.ratioSources[g]?.includes('unverified') ? f.withNote(percentText(p.ratios[g] ?? '0'), t('insp.plan.unverified')) : percentText(p.ratios[g] ?? '0'))}</div>)}
        </Descriptions.Item>
        <Descriptions.Item label={t('insp.detail.candidates')}>{t('insp.detail.candidateCount', { n: candidateTotal })}</Descriptions.Item>
        {p.seedDigest && <Descriptions.Item label={t('insp.detail.seedDigest')}><Typography.Text code copyable data-testid="seed-digest">{p.seedDigest}</Typography.Text>{p.committedAt ? ` ${formatTimestamp(p.committedAt, language)}` : ''}</Descriptions.Item>}
        {p.candidateListDigest && <Descriptions.Item label={t('insp.detail.listDigest')}><Typography.Text code>{p.candidateListDigest}</Typography.Text></Descriptions.Item>}
        {p.seed && <Descriptions.Item label={t('insp.detail.seed')}><Typography.Text code copyable data-testid="seed">{p.seed}</Typography.Text></Descriptions.Item>}
      </Descriptions>
      {p.canManage && (
        <Space style={{ margin: '16px 0' }} wrap>
          {p.status === 'DRAFT' && (
            <>
              <Button type="primary" data-testid="plan-commit" onClick={() => void run(() => commitPlan(p.planId))}>{t('insp.action.commit')}</Button>
              <Typography.Text type="secondary">{t('insp.action.commitHelp')}</Typography.Text>
            </>
          )}
          {p.status === 'SEED_COMMITTED' && <Button type="primary" data-testid="plan-draw" onClick={() => void run(() => drawPlan(p.planId), t('insp.action.drawn'))}>{t('insp.action.draw')}</Button>}
        </Space>
      )}
      {p.targets.length > 0 && (
        <>
          <Typography.Title level={4}>{t('insp.detail.targets')}</Typography.Title>
          <TargetsTable targets={p.targets} showInspectors />
        </>
      )}
      {p.canManage && p.status === 'DRAWN' && <RegisterVisitCard plan={p} onRegistered={() => setVisitsVersion((v) => v + 1)} />}
      {p.status === 'DRAWN' && (
        <>
          <Typography.Title level={4} style={{ marginTop: 16 }}>{t('insp.visits.title')}</Typography.Title>
          <VisitsTable departmentId={p.departmentId} planId={p.planId} canManage={p.canManage} version={visitsVersion} />
        </>
      )}
    </div>
  );
}
