import { App, Button, Table, Tag } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { closeVisit, fetchVisits, type RegisteredVisit } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { useFormat } from '../../i18n/format-messages';

/** The registered visits of one plan (检查任务), with closing a visit once it is done. `version` reloads after a registration. */
export function VisitsTable({ departmentId, planId, canManage, version }: { departmentId: string; planId: string; canManage: boolean; version: number }) {
  const t = useMessages(inspectionsMessages);
  const { language } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  const visits = useApi(() => fetchVisits(departmentId), [departmentId, version]);
  if (visits.error) return <LoadFailure error={visits.error} onRetry={visits.reload} />;
  const close = async (v: RegisteredVisit) => {
    try {
      await closeVisit(v.visitId);
      message.success(t('insp.visits.closedDone'));
      visits.reload();
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };
  return (
    <div data-testid="plan-visits">
    <Table<RegisteredVisit>
      rowKey="visitId"
      size="small"
      loading={visits.isLoading}
      scroll={{ x: true }}
      dataSource={(visits.data ?? []).filter((v) => v.planId === planId)}
      locale={{ emptyText: t('insp.visits.empty') }}
      columns={[
        { title: t('insp.visits.enterprise'), render: (_: unknown, v) => v.enterpriseName ?? '' },
        { title: t('insp.task.inspectors'), render: (_: unknown, v) => f.list(v.inspectors.map((i) => i.name)) },
        { title: t('insp.task.registeredAt'), render: (_: unknown, v) => formatTimestamp(v.registeredAt, language) },
        {
          title: t('insp.col.status'),
          render: (_: unknown, v) => (v.closedAt ? <Tag>{t('insp.visits.closed')}</Tag> : (
            <>
              <Tag color="green">{t('insp.visits.open')}</Tag>
              {canManage && <Button size="small" onClick={() => void close(v)} data-testid={`visit-close-${v.enterpriseName ?? ''}`}>{t('insp.visits.close')}</Button>}
            </>
          )),
        },
      ]}
    />
    </div>
  );
}
