import { useState } from 'react';
import { Alert, Button, Card, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { actOnProvider, fetchReviewProviders, type ProviderView } from './services-api';
import { servicesMessages } from './services-messages';

const STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'WITHDRAWN'] as const;

/** The bureau approves, rejects, suspends, reinstates and rates providers (深圳 第十四条、第十五条). */
export function ProviderReviewCard() {
  const t = useMessages(servicesMessages);
  const { language, pick } = useI18n();
  const fmt = useFormat();
  const [status, setStatus] = useState<ProviderView['status'] | undefined>('PENDING');
  const [version, setVersion] = useState(0);
  const [reason, setReason] = useState('');
  const [score, setScore] = useState<number | null>(5);
  const [failure, setFailure] = useState<unknown>(undefined);
  const list = useApi(() => fetchReviewProviders(status), [status, version]);
  if (list.error) return <LoadFailure error={list.error} onRetry={list.reload} />;
  const act = async (p: ProviderView, action: Parameters<typeof actOnProvider>[1], body: Parameters<typeof actOnProvider>[2]) => {
    setFailure(undefined);
    try {
      await actOnProvider(p.providerId, action, body);
      setReason('');
      setVersion((v) => v + 1);
    } catch (e) {
      setFailure(e);
    }
  };
  const withReason = (p: ProviderView, action: 'reject' | 'suspend', label: string) => (
    <Popconfirm title={<Input placeholder={t('services.bureau.reasonPrompt')} value={reason} onChange={(e) => setReason(e.target.value)} />} onConfirm={() => act(p, action, { reason })}>
      <Button size="small" danger>{label}</Button>
    </Popconfirm>
  );
  const actions = (p: ProviderView) => {
    const can = new Set(p.actions ?? []);
    return (
      <Space wrap>
        {can.has('APPROVED') && <Button size="small" type="primary" data-testid="provider-approve" onClick={() => act(p, 'approve', { note: null })}>{t('services.bureau.approve')}</Button>}
        {can.has('REJECTED') && withReason(p, 'reject', t('services.bureau.reject'))}
        {can.has('SUSPENDED') && withReason(p, 'suspend', t('services.bureau.suspend'))}
        {can.has('REINSTATED') && <Button size="small" onClick={() => act(p, 'reinstate', { note: null })}>{t('services.bureau.reinstate')}</Button>}
        {can.has('RATED') && (
          <Popconfirm
            title={<Space direction="vertical"><InputNumber min={1} max={5} value={score} onChange={setScore} addonBefore={t('services.bureau.score')} /><Input placeholder={t('services.bureau.reasonPrompt')} value={reason} onChange={(e) => setReason(e.target.value)} /></Space>}
            onConfirm={() => act(p, 'rate', { score: score ?? 0, comment: reason })}
          >
            <Button size="small">{t('services.bureau.rate')}</Button>
          </Popconfirm>
        )}
      </Space>
    );
  };
  return (
    <Card title={t('services.bureau.providers')} data-testid="provider-review">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
      <Select allowClear placeholder={t('services.bureau.statusFilter')} aria-label={t('services.bureau.statusFilter')} value={status} onChange={setStatus} style={{ minWidth: 160, marginBottom: 16 }}
        options={STATUSES.map((s) => ({ value: s, label: t(`services.status.${s}`) }))} />
      <Table<ProviderView>
        rowKey="providerId" size="small" onRow={() => ({ 'data-testid': 'provider-row' }) as object} loading={list.isLoading} dataSource={list.data?.items ?? []} pagination={{ pageSize: 10 }}
        locale={{ emptyText: t('services.directory.empty') }}
        columns={[
          { title: t('services.provider.name'), dataIndex: 'name' },
          { title: t('services.provider.categories'), render: (_, p) => p.categories.map((c) => <Tag key={c.code}>{pick(c.label)}</Tag>) },
          { title: t('services.provider.qualifications'), render: (_, p) => fmt.clauses(p.qualifications.map((x) => x.name)) },
          { title: t('services.provider.status'), render: (_, p) => <Tag>{pick(p.statusLabel)}</Tag> },
          { title: t('services.provider.rating'), render: (_, p) => (p.rating ? t('services.provider.ratingValue', { score: p.rating.score }) : t('services.provider.noRating')) },
          { title: '', render: (_, p) => actions(p) },
        ]}
      />
    </Card>
  );
}
