import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Radio, Select } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { COLLATERALS, publishDemand, type Collateral, type Urgency } from './credit-api';
import { creditMessages } from './credit-messages';
import { wanYuanTextToFen } from './money-input';

interface Values {
  amountWan: string;
  termMonths: number;
  purpose: string;
  collateral: Collateral;
  urgency: Urgency;
}

/** 发布融资需求: amount in 万元 (read exactly into fen), term, purpose, collateral, urgency. */
export function DemandForm({ onPublished }: { onPublished: () => void }) {
  const t = useMessages(creditMessages);
  const { language } = useI18n();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [isBusy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    const amountFen = wanYuanTextToFen(v.amountWan);
    if (amountFen === null) {
      form.setFields([{ name: 'amountWan', errors: [t('credit.demand.amount')] }]);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await publishDemand({ amountFen, termMonths: v.termMonths, purpose: v.purpose, collateral: v.collateral, urgency: v.urgency });
      form.resetFields();
      onPublished();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values> form={form} layout="inline" onFinish={submit} initialValues={{ termMonths: 12, collateral: 'NONE', urgency: 'NORMAL' }} style={{ rowGap: 8 }}>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ width: '100%' }} />}
      <Form.Item name="amountWan" label={t('credit.demand.amount')} rules={[{ required: true, message: t('credit.demand.amount') }]}>
        <Input data-testid="demand-amount" style={{ width: 120 }} inputMode="decimal" />
      </Form.Item>
      <Form.Item name="termMonths" label={t('credit.demand.term')} rules={[{ required: true, message: t('credit.demand.term') }]}>
        <InputNumber data-testid="demand-term" min={1} max={360} precision={0} />
      </Form.Item>
      <Form.Item name="purpose" label={t('credit.demand.purpose')} rules={[{ required: true, whitespace: true, message: t('credit.demand.purpose') }]}>
        <Input data-testid="demand-purpose" maxLength={500} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="collateral" label={t('credit.demand.collateral')}>
        <Select data-testid="demand-collateral" style={{ width: 160 }} options={COLLATERALS.map((c) => ({ value: c, label: t(`credit.collateral.${c}`) }))} />
      </Form.Item>
      <Form.Item name="urgency" label={t('credit.demand.urgency')}>
        <Radio.Group optionType="button" options={[{ value: 'NORMAL', label: t('credit.urgency.NORMAL') }, { value: 'URGENT', label: t('credit.urgency.URGENT') }]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={isBusy} data-testid="demand-submit">{t('credit.demand.publish')}</Button>
      </Form.Item>
    </Form>
  );
}
