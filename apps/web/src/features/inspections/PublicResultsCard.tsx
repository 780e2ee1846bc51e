import { Card, Table, Tag } from 'antd';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPublicResults, type PublicResult } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';

/** 一公开 of results: every published inspection result, newest first. */
export function PublicResultsCard() {
  const t = useMessages(inspectionsMessages);
  const results = useApi(fetchPublicResults, []);
  if (results.error) return <LoadFailure error={results.error} onRetry={results.reload} />;
  return (
    <Card title={t('insp.public.results')} style={{ marginTop: 16 }} data-testid="public-results">
      <Table<PublicResult>
        rowKey="visitId"
        size="small"
        loading={results.isLoading}
        dataSource={results.data ?? []}
        scroll={{ x: true }}
        locale={{ emptyText: t('insp.public.resultsEmpty') }}
        columns={[
          { title: t('insp.public.inspectedOn'), dataIndex: 'inspectedOn' },
          { title: t('insp.col.department'), dataIndex: 'departmentName' },
          { title: t('insp.visits.enterprise'), render: (_: unknown, r) => r.enterpriseName ?? r.uscc },
          { title: t('insp.result.col'), render: (_: unknown, r) => <Tag>{t(`insp.outcome.${r.outcome}`)}</Tag> },
          { title: t('insp.result.summary'), dataIndex: 'summary' },
        ]}
      />
    </Card>
  );
}
