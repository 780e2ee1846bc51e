import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { canDraft } from './draft-actions';
import { DRAFT_STATUSES, fetchDrafts, type Draft, type DraftStatus } from './publication-api';
import { publicationMessages } from './publication-messages';
import { draftPath, PUBLICATION_PATHS } from './publication-paths';
import { StatusTag } from './StatusTag';
import { useConsoleReferences } from './use-console-references';

/** `/console/policies`: the policies of the user's department (all of them for the bureau and auditors), by status. */
export function PolicyDraftListPage() {
  const t = useMessages(publicationMessages);
  const { pick, language } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const status = (DRAFT_STATUSES as readonly string[]).includes(search.get('status') ?? '') ? (search.get('status') as DraftStatus) : undefined;
  const { data, error, reload, isLoading } = useApi(() => fetchDrafts(status), [status]);
  const refs = useConsoleReferences(me?.jurisdiction, false);
  const mayDraft = me ? canDraft(me) : false;

  const setStatus = (next: DraftStatus | undefined) => {
    const params = new URLSearchParams(search);
    if (next) params.set('status', next);
    else params.delete('status');
    setSearch(params);
  };

  return (
    <div data-testid="policy-drafts">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('publication.console.title')}</Typography.Title>
        <Space wrap>
          <Select<DraftStatus>
            allowClear
            style={{ width: 180 }}
            placeholder={t('publication.filter.allStatuses')}
            aria-label={t('publication.filter.status')}
            value={status}
            onChange={(v) => setStatus(v)}
            options={DRAFT_STATUSES.map((s) => ({ value: s, label: t(`publication.status.${s}`) }))}
            data-testid="draft-status-filter"
          />
          {mayDraft && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(PUBLICATION_PATHS.create)} data-testid="draft-new">
              {t('publication.console.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('publication.console.intro')}</Typography.Paragraph>
      {!mayDraft && <Alert type="info" showIcon title={t('publication.console.readOnly')} style={{ marginBottom: 12 }} />}
      {error ? <LoadFailure error={error} onRetry={reload} /> : null}
      <Table<Draft>
        rowKey="id"
        loading={isLoading}
        dataSource={data ?? []}
        locale={{ emptyText: t('publication.console.empty') }}
        pagination={{ pageSize: 20 }}
        data-testid="draft-table"
        columns={[
          {
            title: t('publication.col.policy'),
            render: (_, d) => (
              <Space direction="vertical" size={0}>
                <Link to={draftPath(d.id)} data-testid={`draft-link-${d.policyKey}`}>{pick({ zh: d.titleZh, en: d.titleEn })}</Link>
                <Typography.Text type="secondary">{d.policyKey} · {t('publication.version', { n: d.version })}</Typography.Text>
              </Space>
            ),
          },
          { title: t('publication.col.status'), dataIndex: 'status', render: (s: DraftStatus) => <StatusTag status={s} /> },
          { title: t('publication.col.department'), dataIndex: 'departmentId', render: (id: string) => refs.departmentName(id) },
          { title: t('publication.col.window'), render: (_, d) => `${d.effectiveFrom} — ${d.effectiveUntil ?? t('publication.until.open')}` },
          { title: t('publication.col.channel'), dataIndex: 'channel', render: (c: Draft['channel']) => t(`publication.channel.${c}`) },
          { title: t('publication.col.topics'), dataIndex: 'topics', render: (topics: string[]) => topics.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: t('publication.col.updated'), dataIndex: 'updatedAt', render: (v: string) => formatTimestamp(v, language) },
        ]}
      />
    </div>
  );
}
