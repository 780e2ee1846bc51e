import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, InputNumber, Radio, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { formatFenAsYuan } from '../../format/money';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPrefill, submitApplication } from './benefits-api';
import { useBenefitsText } from './use-benefits-text';

function display(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value === null || value === undefined) return '—';
  return String(value);
}

/** 申报: the form is filled from the registry; the enterprise adds only the facts the platform cannot know, its account, and the declaration. */
export function ApplyPage() {
  const { policyId = '' } = useParams();
  const { t, pick, errorText } = useBenefitsText();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, error, reload } = useApi(() => fetchPrefill(policyId), [policyId]);
  const [requestId] = useState(() => `web-${crypto.randomUUID()}`);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (!data) return <Spin />;
  const onFinish = async (values: Record<string, unknown>) => {
    setBusy(true);
    setFailure(null);
    const declaredFacts: Record<string, unknown> = {};
    for (const f of data.toFill) {
      const v = values[`fact_${f.name}`];
      if (v === undefined || v === null || v === '') continue;
      declaredFacts[f.name] = f.type === 'bool' ? v === 'true' : f.type === 'number' && f.unit !== 'fen' ? Number(v) : String(v);
    }
    try {
      const r = await submitApplication({
        policyId, requestId, declaredFacts, expenseReference: typeof values.expenseReference === 'string' ? values.expenseReference : null, declaredTruthful: values.declaredTruthful === true,
        account: { accountName: String(values.accountName ?? ''), accountNumber: String(values.accountNumber ?? ''), bankName: String(values.bankName ?? '') },
      });
      void message.success(r.application.trackingNumber);
      void navigate(`/benefits/cases/${r.application.id}`);
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('benefits.apply.title')} · {data.title ? pick(data.title) : policyId}</Typography.Title>
      <Card title={t('benefits.apply.prefilled')}>
        <Descriptions column={2} size="small" data-testid="prefilled">
          <Descriptions.Item label={t('benefits.col.enterprise')}>{data.enterprise.name}</Descriptions.Item>
          <Descriptions.Item label="USCC">{data.enterprise.uscc}</Descriptions.Item>
          {data.prefilled.map((p) => <Descriptions.Item key={p.fact} label={pick(p.label)}>{display(p.value)}</Descriptions.Item>)}
        </Descriptions>
      </Card>
      <Card title={t('benefits.apply.toFill')}>
        <Form layout="vertical" onFinish={(v) => void onFinish(v as Record<string, unknown>)} data-testid="apply-form" initialValues={{ accountName: data.enterprise.name }}>
          {data.toFill.map((f) => (
            <Form.Item key={f.name} name={`fact_${f.name}`} label={pick(f.label)} rules={[{ required: true }]}>
              {f.type === 'bool' ? (
                <Radio.Group data-testid={`fact-${f.name}`}>
                  <Radio.Button value="true" data-testid={`fact-${f.name}-true`}>{t('benefits.yes')}</Radio.Button>
                  <Radio.Button value="false" data-testid={`fact-${f.name}-false`}>{t('benefits.no')}</Radio.Button>
                </Radio.Group>
              ) : f.type === 'number' && f.unit !== 'fen' ? <InputNumber data-testid={`fact-${f.name}`} min={0} style={{ width: 200 }} /> : <Input data-testid={`fact-${f.name}`} placeholder={f.type === 'date' ? 'YYYY-MM-DD' : f.unit === 'fen' ? '0.00' : ''} />}
            </Form.Item>
          ))}
          {data.expenseKind && <Form.Item name="expenseReference" label={t('benefits.apply.expense')} rules={[{ required: true }]}><Input data-testid="expense-reference" /></Form.Item>}
          <Form.Item name="accountName" label={t('benefits.apply.accountName')} rules={[{ required: true }]}><Input data-testid="account-name" /></Form.Item>
          <Form.Item name="accountNumber" label={t('benefits.apply.accountNumber')} rules={[{ required: true, pattern: /^[0-9]{8,32}$/ }]}><Input data-testid="account-number" /></Form.Item>
          <Form.Item name="bankName" label={t('benefits.apply.bankName')} rules={[{ required: true }]}><Input data-testid="bank-name" /></Form.Item>
          <Form.Item name="declaredTruthful" valuePropName="checked" rules={[{ validator: (_r, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('benefits.apply.declare')))) }]}>
            <Checkbox data-testid="declare">{t('benefits.apply.declare')}</Checkbox>
          </Form.Item>
          {data.assessment.amountFen !== null && <Alert type="info" message={`${t('benefits.apply.estimate')}: ${formatFenAsYuan(data.assessment.amountFen)}`} />}
          {failure && <Alert type="error" message={failure} data-testid="apply-error" />}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="submit-application">{t('benefits.apply.submit')}</Button>
        </Form>
      </Card>
    </Space>
  );
}
