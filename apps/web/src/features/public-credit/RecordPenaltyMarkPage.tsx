import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchResults } from '../inspections/inspections-api';
import { ObjectionsCard } from './ObjectionsCard';
import { recordPenaltyMark } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

interface Values { visitId: string; decisionNumber: string; decidedOn: string; penalty: string }

/**
 * 录入行政处罚 (`/credit-marks/penalties`, a department): a penalty decided after one of its inspections whose result
 * opened a case goes into the enterprise's credit record and is published for its period. The server refuses a
 * result that did not open a case, one on the list of minor violations (不予处罚), a second record, and a future
 * decision date, each naming the field.
 */
export function RecordPenaltyMarkPage() {
  const t = useMessages(publicCreditMessages);
  const { language } = useI18n();
  const departmentId = useAuth().me?.departmentId ?? null;
  const results = useApi(() => (departmentId ? fetchResults(departmentId) : Promise.resolve([])), [departmentId]);
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | null>(null);
  if (results.error) return <LoadFailure error={results.error} onRetry={results.reload} />;
  const opened = (results.data ?? []).filter((r) => r.outcome === 'CASE_OPENED');
  const required = (key: Parameters<typeof t>[0]) => [{ required: true, whitespace: true, message: t(key) }];
  const submit = async (v: Values) => {
    setFailure(undefined);
    setDone(null);
    try {
      const m = await recordPenaltyMark({ visitId: v.visitId, decisionNumber: v.decisionNumber.trim(), decidedOn: v.decidedOn, penalty: v.penalty.trim() });
      setDone(t('pc.penalty.done', { name: m.subjectName, end: m.period.end }));
      form.resetFields();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('pc.penalty.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('pc.penalty.intro')}</Typography.Paragraph>
      <Card data-testid="record-penalty-mark">
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} data-testid="penalty-error" />}
        {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 16 }} data-testid="penalty-done" />}
        {!results.isLoading && opened.length === 0 && <Alert type="info" showIcon title={t('pc.penalty.none')} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 560 }}>
          <Form.Item name="visitId" label={t('pc.penalty.result')} rules={required('pc.penalty.resultRequired')}>
            <Select data-testid="penalty-result" loading={results.isLoading} options={opened.map((r) => ({ value: r.visitId, label: `${r.enterpriseName ?? r.uscc} · ${r.inspectedOn} · ${r.summary}` }))} />
          </Form.Item>
          <Form.Item name="decisionNumber" label={t('pc.penalty.decisionNumber')} rules={required('pc.penalty.decisionNumberRequired')}><Input maxLength={100} data-testid="penalty-number" /></Form.Item>
          <Form.Item name="decidedOn" label={t('pc.penalty.decidedOn')} rules={required('pc.penalty.decidedOnRequired')}><Input type="date" data-testid="penalty-date" /></Form.Item>
          <Form.Item name="penalty" label={t('pc.penalty.penalty')} rules={required('pc.penalty.penaltyRequired')}><Input.TextArea rows={3} maxLength={2000} data-testid="penalty-text" /></Form.Item>
          <Button type="primary" htmlType="submit" data-testid="penalty-submit">{t('pc.penalty.submit')}</Button>
        </Form>
      </Card>
      <ObjectionsCard />
    </Space>
  );
}
