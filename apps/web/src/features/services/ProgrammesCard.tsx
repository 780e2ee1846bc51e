import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { formatFenAsWanYuan, formatFenAsYuan, parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { CategorySelect } from './CategorySelect';
import { createProgramme, fetchFunds, fetchPolicies, fetchProgrammes, issueVouchers, type CategoryCode, type ProgrammeView } from './services-api';
import { servicesMessages } from './services-messages';

interface Values { kind: 'SERVICE' | 'INNOVATION'; name: string; amount: string; budget: string; validFrom: Dayjs; validUntil: Dayjs; categories: CategoryCode[]; fundId: string; eligibilityPolicyId?: string }

/** Programmes with their budget use; the bureau sets one up and issues vouchers within the budget. */
export function ProgrammesCard({ canEdit }: { canEdit: boolean }) {
  const t = useMessages(servicesMessages);
  const { language, pick } = useI18n();
  const [version, setVersion] = useState(0);
  const [count, setCount] = useState<Record<string, number | null>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [form] = Form.useForm<Values>();
  const list = useApi(() => fetchProgrammes(), [version]);
  const funds = useApi(() => (canEdit ? fetchFunds().then((r) => r.items) : Promise.resolve([])), [canEdit]);
  const policies = useApi(() => (canEdit ? fetchPolicies().then((r) => r.items) : Promise.resolve([])), [canEdit]);
  if (list.error) return <LoadFailure error={list.error} onRetry={list.reload} />;
  const run = async (fn: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await fn();
      setVersion((v) => v + 1);
      return true;
    } catch (e) {
      setFailure(e);
      return false;
    }
  };
  const create = async (v: Values) => {
    const amount = parseYuanToFen(v.amount);
    const budget = parseYuanToFen(v.budget);
    if (!amount.ok) return form.setFields([{ name: 'amount', errors: [t('services.form.amountInvalid')] }]);
    if (!budget.ok) return form.setFields([{ name: 'budget', errors: [t('services.form.amountInvalid')] }]);
    const saved = await run(() => createProgramme({
      kind: v.kind, name: v.name, description: '', amountFen: amount.fen, budgetFen: budget.fen, validFrom: v.validFrom.format('YYYY-MM-DD'), validUntil: v.validUntil.format('YYYY-MM-DD'),
      categories: v.categories ?? [], fundId: v.fundId, eligibilityPolicyId: v.eligibilityPolicyId ?? null,
    }));
    if (saved) form.resetFields();
  };
  const counts = (p: ProgrammeView) => {
    const c = p.budget?.counts ?? {};
    return t('services.bureau.counts', { issued: c.ISSUED ?? 0, claimed: c.CLAIMED ?? 0, redeemed: c.REDEEMED ?? 0, settled: c.SETTLED ?? 0, expired: c.EXPIRED ?? 0 });
  };
  const required = [{ required: true, message: t('services.form.required') }];
  return (
    <Card title={t('services.bureau.programmes')} data-testid="voucher-programmes-bureau">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
      <Table<ProgrammeView>
        rowKey="programmeId" size="small" onRow={() => ({ 'data-testid': 'programme-row' }) as object} loading={list.isLoading} dataSource={list.data?.items ?? []} pagination={{ pageSize: 10 }}
        locale={{ emptyText: t('services.programmes.empty') }}
        columns={[
          { title: t('services.voucher.programme'), render: (_, p) => <Space><Tag>{t(`services.programmes.kind.${p.kind}`)}</Tag>{p.name}</Space> },
          { title: t('services.voucher.amount'), render: (_, p) => formatFenAsYuan(p.amountFen) },
          { title: t('services.voucher.validity'), render: (_, p) => t('services.voucher.validityValue', { from: p.validFrom, until: p.validUntil }) },
          { title: t('services.provider.categories'), render: (_, p) => p.categories.map((c) => <Tag key={c.code}>{pick(c.label)}</Tag>) },
          { title: t('services.bureau.budget'), render: (_, p) => formatFenAsWanYuan(p.budgetFen) },
          { title: t('services.bureau.used'), render: (_, p) => (p.budget ? `${formatFenAsWanYuan(p.budget.committedFen)} / ${formatFenAsWanYuan(p.budget.settledFen)} / ${formatFenAsWanYuan(p.budget.availableFen)}` : '') },
          { title: t('services.voucher.status'), render: (_, p) => counts(p), onCell: () => ({ 'data-testid': 'programme-counts' }) as object },
          ...(canEdit ? [{
            title: t('services.bureau.issue'),
            render: (_: unknown, p: ProgrammeView) => (
              <Space>
                <InputNumber min={1} max={10000} data-testid="issue-count" placeholder={t('services.bureau.issueCount')} value={count[p.programmeId] ?? null} onChange={(v) => setCount({ ...count, [p.programmeId]: v })} />
                <Button size="small" type="primary" data-testid="issue-vouchers" disabled={!count[p.programmeId]} onClick={() => run(() => issueVouchers(p.programmeId, count[p.programmeId] ?? 0))}>{t('services.bureau.issue')}</Button>
              </Space>
            ),
          }] : []),
        ]}
      />
      <Typography.Paragraph type="secondary">{t('services.bureau.settleNote')}</Typography.Paragraph>
      {canEdit && (
        <Form<Values> form={form} layout="vertical" style={{ maxWidth: 640 }} onFinish={create} initialValues={{ kind: 'SERVICE' }} data-testid="programme-form">
          <Typography.Title level={5}>{t('services.bureau.create')}</Typography.Title>
          <Form.Item name="kind" label={t('services.bureau.kind')}>
            <Select options={(['SERVICE', 'INNOVATION'] as const).map((k) => ({ value: k, label: t(`services.programmes.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('services.bureau.name')} rules={required}><Input maxLength={100} data-testid="programme-name" /></Form.Item>
          <Form.Item name="amount" label={t('services.bureau.amount')} rules={required}><Input inputMode="decimal" data-testid="programme-amount" /></Form.Item>
          <Form.Item name="budget" label={t('services.bureau.budgetYuan')} rules={required}><Input inputMode="decimal" data-testid="programme-budget" /></Form.Item>
          <Space>
            <Form.Item name="validFrom" label={t('services.bureau.validFrom')} rules={required}><DatePicker data-testid="programme-from" /></Form.Item>
            <Form.Item name="validUntil" label={t('services.bureau.validUntil')} rules={required}><DatePicker data-testid="programme-until" /></Form.Item>
          </Space>
          <Form.Item name="categories" label={t('services.provider.categories')} rules={required}><CategorySelect multiple data-testid="programme-categories" /></Form.Item>
          <Form.Item name="fundId" label={t('services.bureau.fund')} rules={required}>
            <Select data-testid="programme-fund" options={(funds.data ?? []).map((f) => ({ value: f.id, label: pick(f.name) }))} />
          </Form.Item>
          <Form.Item name="eligibilityPolicyId" label={t('services.bureau.policy')}>
            <Select allowClear showSearch optionFilterProp="label" options={(policies.data ?? []).map((p) => ({ value: p.id, label: pick(p.title) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="programme-submit">{t('services.bureau.create')}</Button>
        </Form>
      )}
    </Card>
  );
}
