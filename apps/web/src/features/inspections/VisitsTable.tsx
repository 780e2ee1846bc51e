import { useState } from 'react';
import { App, Button, Space, Table, Tag } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { closeVisit, fetchResults, fetchVisits, publishResult, type Visit } from './inspections-api';
import { ResultCell } from './ResultCell';
import { ResultModal } from './ResultModal';
import { inspectionsMessages } from './inspections-messages';
import { useFormat } from '../../i18n/format-messages';

/** The registered visits of one plan (检查任务), with closing a visit once it is done. `version` reloads after a registration. */
export function VisitsTable({ departmentId, planId, canManage, version }: { departmentId: string; planId: string; canManage: boolean; version: number }) {
  const t = useMessages(inspectionsMessages);
  const { language } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  const visits = useApi(() => fetchVisits(departmentId), [departmentId, version]);
  const results = useApi(() => fetchResults(departmentId), [departmentId, version]);
  const [recording, setRecording] = useState<Visit | null>(null);
  if (visits.error) return <LoadFailure error={visits.error} onRetry={visits.reload} />;
  const resultOf = new Map((results.data ?? []).map((r) => [r.visitId, r]));
  const publish = async (visitId: string) => {
    try {
      await publishResult(visitId);
      message.success(t('insp.result.published'));
      results.reload();
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };
  const close = async (v: Visit) => {
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
    <Table<Visit>
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
        {
          title: t('insp.result.col'),
          render: (_: unknown, v) => {
            const r = resultOf.get(v.visitId);
            if (r) return <ResultCell result={r} canPublish={canManage} onPublish={() => void publish(v.visitId)} />;
            return canManage ? (
              <Space><Button size="small" onClick={() => setRecording(v)} data-testid={`result-record-${v.enterpriseName ?? ''}`}>{t('insp.result.record')}</Button></Space>
            ) : null;
          },
        },
      ]}
    />
    {recording && (
      <ResultModal visit={recording} departmentId={departmentId} onClose={() => setRecording(null)} onSaved={() => { setRecording(null); results.reload(); }} />
    )}
    </div>
  );
}
