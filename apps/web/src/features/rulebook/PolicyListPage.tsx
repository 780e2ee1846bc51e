import { Table, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPolicies, type PolicySummary } from './rulebook-api';
import { rulebookMessages } from './rulebook-messages';

/** Tabs between the policy list and the parameter list. */
export function RulebookTabs({ active }: { active: 'policies' | 'parameters' }) {
  const t = useMessages(rulebookMessages);
  const navigate = useNavigate();
  return (
    <Tabs
      activeKey={active}
      onChange={(k) => navigate(`/rulebook/${k}`)}
      items={[{ key: 'policies', label: t('rulebook.policies') }, { key: 'parameters', label: t('rulebook.parameters') }]}
    />
  );
}

const CHANNEL: Record<string, { zh: string; en: string }> = {
  ONLINE_APPLICATION: { zh: '网上申报', en: 'Online application' },
  NO_APPLICATION: { zh: '免申即享', en: 'No application' },
  INFORMATION_ONLY: { zh: '政策告知', en: 'Information only' },
};

export function channelLabel(code: string) {
  return CHANNEL[code] ?? { zh: code, en: code };
}

/** `/rulebook/policies`: every encoded policy. */
export function PolicyListPage() {
  const { pick } = useI18n();
  const t = useMessages(rulebookMessages);
  const state = useApi(fetchPolicies, []);
  return (
    <div>
      <Typography.Title level={3}>{t('rulebook.menu')}</Typography.Title>
      <RulebookTabs active="policies" />
      {state.error ? <LoadFailure error={state.error} onRetry={state.reload} /> : (
        <Table<PolicySummary>
          data-testid="rulebook-policies"
          rowKey="id"
          loading={state.isLoading}
          dataSource={state.data?.items ?? []}
          pagination={false}
          size="small"
          columns={[
            { title: t('rulebook.col.title'), key: 'title', render: (_, p) => <Link to={`/rulebook/policies/${encodeURIComponent(p.id)}`}>{pick(p.title)}</Link> },
            { title: t('rulebook.col.department'), key: 'department', render: (_, p) => pick(p.department) },
            { title: t('rulebook.col.jurisdiction'), key: 'jurisdiction', render: (_, p) => pick(p.jurisdictionName) },
            { title: t('rulebook.col.channel'), key: 'channel', render: (_, p) => pick(channelLabel(p.channel)) },
            { title: t('rulebook.col.inForce'), key: 'inForce', render: (_, p) => `${p.inForce.from} — ${p.inForce.until ?? t('rulebook.open')}` },
            { title: t('rulebook.col.flags'), key: 'flags', render: (_, p) => (p.hasUnverified ? <Tag color="orange">{t('rulebook.unverified')}</Tag> : <Tag color="green">{t('rulebook.verified')}</Tag>) },
          ]}
        />
      )}
    </div>
  );
}
