import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchConsultations, type ConsultationSummary } from './consultation-api';
import { consultationMessages } from './consultation-messages';
import { useFormat } from '../../i18n/format-messages';

/** Public list of consultations, newest first; `linkOf` decides whether a row opens the public page or the console. */
export function ConsultationListPage({ linkOf, extra }: { linkOf: (id: string) => string; extra?: React.ReactNode }) {
  const t = useMessages(consultationMessages);
  const f = useFormat();
  const { data, error, reload } = useApi(() => fetchConsultations(), []);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <>
      <Typography.Title level={2}>{t('c.list.title')}</Typography.Title>
      {extra}
      <Table<ConsultationSummary>
        rowKey="consultationId" loading={!data} dataSource={data ?? []} pagination={{ pageSize: 20 }} data-testid="consultation-list" scroll={{ x: true }}
        columns={[
          { title: t('c.col.title'), render: (_, r) => <Link to={linkOf(r.consultationId)}>{r.title}</Link> },
          { title: t('c.col.status'), render: (_, r) => <Tag color={r.status === 'OPEN' ? 'green' : 'default'}>{t(`c.status.${r.status}`)}</Tag> },
          { title: t('c.col.period'), render: (_, r) => f.range(r.startDate, r.endDate) },
          { title: t('c.col.comments'), dataIndex: 'commentCount' },
        ]}
      />
    </>
  );
}
