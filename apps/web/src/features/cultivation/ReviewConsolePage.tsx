import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { ApplicationReview } from './ApplicationReview';
import { PoolAndTargets } from './PoolAndTargets';
import { createRound, fetchApplications, TIERS, type ApplicationSummary, type Tier } from './cultivation-api';
import { cultivationMessages } from './cultivation-messages';

/** 认定审核: the applications of the officer's scope (a district its enterprises, the city all) and, for the city, new rounds. */
export function ReviewConsolePage() {
  const t = useMessages(cultivationMessages);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useApi(() => fetchApplications(), [version]);
  const me = useAuth().me;
  const isCity = me?.role === 'SME_BUREAU' && me.jurisdiction.split('-').length <= 3;
  if (list.error) return <LoadFailure error={list.error} onRetry={list.reload} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('cv.console.title')} data-testid="cultivation-console">
        <Table<ApplicationSummary>
          rowKey="applicationId" size="small" loading={list.isLoading} dataSource={list.data?.items ?? []} pagination={{ pageSize: 20 }} locale={{ emptyText: t('cv.empty') }}
          columns={[
            { title: t('cv.col.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('cv.col.tier'), render: (_, a) => t(`cv.tier.${a.tier}`) },
            { title: t('cv.col.status'), render: (_, a) => t(`cv.st.${a.status}` as Parameters<typeof t>[0]) },
            { title: '', render: (_, a) => <Button size="small" onClick={() => setSelected(a.applicationId)} data-testid="console-open">{t('cv.console.open')}</Button> },
          ]}
        />
      </Card>
      {selected && <ApplicationReview key={selected} id={selected} onChanged={() => setVersion((v) => v + 1)} />}
      <PoolAndTargets />
      {isCity && <RoundForm />}
    </Space>
  );
}

function RoundForm() {
  const t = useMessages(cultivationMessages);
  const { language } = useI18n();
  const [state, setState] = useState<'idle' | 'done' | unknown>('idle');
  const [form] = Form.useForm<{ tier: Tier; title: string; year: number; deadline: { format(f: string): string } }>();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await createRound({ tier: v.tier, title: v.title, year: v.year, deadline: v.deadline.format('YYYY-MM-DD') });
      setState('done');
    } catch (e) {
      setState(e);
    }
  };
  return (
    <Card title={t('cv.round.create')}>
      {state === 'done' && <Alert type="success" showIcon title={t('cv.action.done')} style={{ marginBottom: 12 }} />}
      {state !== 'done' && state !== 'idle' && <Alert type="error" showIcon title={errorMessage(state, language)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="inline" initialValues={{ tier: 'SPECIALIZED', year: new Date().getFullYear() }}>
        <Form.Item name="tier" label={t('cv.col.tier')}><Select style={{ width: 200 }} options={TIERS.map((x) => ({ value: x, label: t(`cv.tier.${x}`) }))} /></Form.Item>
        <Form.Item name="title" label={t('cv.round.name')} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="year" label={t('cv.round.year')}><InputNumber min={2000} max={2999} /></Form.Item>
        <Form.Item name="deadline" label={t('cv.round.deadline')} rules={[{ required: true }]}><DatePicker /></Form.Item>
        <Button type="primary" onClick={submit}>{t('cv.round.create')}</Button>
      </Form>
    </Card>
  );
}
