import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../errors/LoadFailure';
import { RulebookTabs } from './PolicyListPage';
import { fetchParameters, type ParameterSummary } from './rulebook-api';
import { rulebookMessages } from './rulebook-messages';

/** `/rulebook/parameters`: every dated parameter. */
export function ParameterListPage() {
  const { language } = useI18n();
  const t = useMessages(rulebookMessages);
  const state = useApi(fetchParameters, []);
  return (
    <div>
      <Typography.Title level={3}>{t('rulebook.menu')}</Typography.Title>
      <RulebookTabs active="parameters" />
      {state.error ? <LoadFailure error={state.error} onRetry={state.reload} /> : (
        <Table<ParameterSummary>
          data-testid="rulebook-parameters"
          rowKey="path"
          loading={state.isLoading}
          dataSource={state.data?.items ?? []}
          pagination={false}
          size="small"
          columns={[
            { title: t('rulebook.col.path'), key: 'path', render: (_, p) => <Link to={`/rulebook/parameters/${encodeURIComponent(p.path)}`}><Typography.Text code>{p.path}</Typography.Text></Link> },
            { title: t('rulebook.col.description'), key: 'description', render: (_, p) => (language === 'zh' ? p.description : p.descriptionEn || p.description) },
            { title: t('rulebook.col.unit'), dataIndex: 'unit' },
            { title: t('rulebook.col.jurisdiction'), key: 'jurisdictions', render: (_, p) => p.jurisdictions.join(t('rulebook.listSeparator')) },
            { title: t('rulebook.col.values'), dataIndex: 'values' },
            {
              title: t('rulebook.col.flags'),
              key: 'flags',
              render: (_, p) => (
                <>
                  {p.hasUnverified && <Tag color="orange">{t('rulebook.unverified')}</Tag>}
                  {p.hasDraft && <Tag color="blue">{t('rulebook.draft')}</Tag>}
                </>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
