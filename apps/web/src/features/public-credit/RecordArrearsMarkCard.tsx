import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { recordArrearsMark } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

/** The SME bureau takes the handling department's 失信 finding in an arrears complaint into the debtor's credit record. */
export function RecordArrearsMarkCard({ onDone }: { onDone: () => void }) {
  const t = useMessages(publicCreditMessages);
  const { language } = useI18n();
  const [form] = Form.useForm<{ trackingNumber: string; isSerious: boolean; seriousReason: string }>();
  const isSerious = Form.useWatch('isSerious', form) === true;
  const [failure, setFailure] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (v: { trackingNumber: string; isSerious?: boolean; seriousReason?: string }) => {
    setFailure(undefined);
    setDone(null);
    try {
      const m = await recordArrearsMark({ trackingNumber: v.trackingNumber ?? '', isSerious: v.isSerious === true, seriousReason: v.isSerious ? (v.seriousReason ?? '') : null });
      setDone(t('pc.record.done', { name: m.subjectName, end: m.period.end }));
      form.resetFields();
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Card title={t('pc.record.title')} data-testid="record-arrears-mark">
      <Typography.Paragraph type="secondary">{t('pc.record.intro')}</Typography.Paragraph>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="trackingNumber" label={t('pc.record.trackingNumber')}><Input style={{ maxWidth: 280 }} /></Form.Item>
        <Form.Item name="isSerious" valuePropName="checked"><Checkbox>{t('pc.record.isSerious')}</Checkbox></Form.Item>
        {isSerious && <Form.Item name="seriousReason" label={t('pc.record.seriousReason')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>}
        <Button type="primary" htmlType="submit">{t('pc.record.submit')}</Button>
      </Form>
    </Card>
  );
}
