import { Card, Descriptions, Skeleton, Table, Typography } from 'antd';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { formatFenAsYuan } from '../../format/money';
import { LoadFailure } from '../errors/LoadFailure';
import { BidEntryCard } from './BidEntryCard';
import { EvaluationList } from './EvaluationList';
import { fetchEvaluations, fetchProject, type Lot } from './procurement-api';
import { procurementMessages } from './procurement-messages';
import { percentText } from './labels';

/** `/procurement/projects/:id`: the project with its lots and reservation, bid entry and evaluations. */
export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const { pick } = useI18n();
  const t = useMessages(procurementMessages);
  const project = useApi(() => fetchProject(id), [id]);
  const evaluations = useApi(() => fetchEvaluations(id), [id]);
  if (project.error) return <LoadFailure error={project.error} onRetry={project.reload} />;
  const p = project.data;
  if (!p) return <Skeleton active />;
  const r = p.reservation;
  return (
    <div data-testid="procurement-project">
      <Typography.Title level={3}>{p.name}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t('proc.col.code')}>{p.code}</Descriptions.Item>
          <Descriptions.Item label={t('proc.register.department')}>{pick(p.departmentName)} · {p.year}</Descriptions.Item>
          <Descriptions.Item label={t('proc.col.category')}>{t(`proc.category.${p.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('proc.col.budget')}>{formatFenAsYuan(p.budgetFen)}</Descriptions.Item>
          <Descriptions.Item label={t('proc.col.suitable')}>{p.suitableForSme ? t('proc.yes') : t('proc.no')}</Descriptions.Item>
          {p.exemption && <Descriptions.Item label={t('proc.detail.exemption')}>{p.exemption.article ? t('proc.detail.exemptionWithArticle', { reason: p.exemption.reason, article: p.exemption.article }) : p.exemption.reason}</Descriptions.Item>}
          <Descriptions.Item label={t('proc.detail.reservation')}>
            {pick(p.reservationDescription)}
            {(r.method === 'CONSORTIUM' || r.method === 'SUBCONTRACT') && ` · ${percentText(r.smeShare)} / ${percentText(r.smallMicroShare)}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('proc.col.reserved')}>{t('proc.detail.reservedAmounts', { reserved: formatFenAsYuan(p.reservedFen), smallMicro: formatFenAsYuan(p.smallMicroFen) })}</Descriptions.Item>
        </Descriptions>
        {r.method === 'LOTS' && (
          <Table<Lot>
            size="small"
            rowKey="id"
            pagination={false}
            title={() => t('proc.detail.lots')}
            dataSource={r.lots}
            columns={[
              { title: t('proc.form.lotId'), dataIndex: 'id' },
              { title: t('proc.form.lotName'), dataIndex: 'name' },
              { title: t('proc.form.lotBudget'), dataIndex: 'budgetFen', align: 'right', render: (v: number) => formatFenAsYuan(v) },
              { title: t('proc.form.reservedFor'), dataIndex: 'reservedFor', render: (v: Lot['reservedFor']) => t(`proc.for.${v}`) },
            ]}
          />
        )}
      </Card>
      {p.canManage && <BidEntryCard project={p} onEvaluated={evaluations.reload} />}
      {evaluations.error ? <LoadFailure error={evaluations.error} onRetry={evaluations.reload} /> : <EvaluationList evaluations={evaluations.data ?? []} projectId={p.id} canManage={p.canManage ?? false} onChanged={evaluations.reload} />}
    </div>
  );
}
