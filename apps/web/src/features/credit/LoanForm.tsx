import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Radio, Switch } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { recordLoan, type DemandSummary } from './credit-api';
import { creditMessages } from './credit-messages';
import { wanYuanTextToFen } from './money-input';

interface Values {
  amountWan: string;
  annualRatePercent: string;
  termMonths: number;
  isFirstLoan: boolean;
  kind: 'CREDIT' | 'SECURED';
  grantedOn: string;
}

/** 登记放款结果 for a demand the bank took: amount, rate (exact decimal text), term, first loan, kind, date. */
export function LoanForm({ demand, today, onRecorded }: { demand: DemandSummary; today: string; onRecorded: () => void }) {
  const t = useMessages(creditMessages);
  const { language } = useI18n();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [isBusy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    const grantedAmountFen = wanYuanTextToFen(v.amountWan);
    if (grantedAmountFen === null) {
      form.setFields([{ name: 'amountWan', errors: [t('credit.loan.amount')] }]);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await recordLoan(demand.demandId, { grantedAmountFen, annualRatePercent: v.annualRatePercent.trim(), termMonths: v.termMonths, isFirstLoan: v.isFirstLoan, kind: v.kind, grantedOn: v.grantedOn.trim() });
      onRecorded();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ termMonths: demand.termMonths, isFirstLoan: false, kind: 'CREDIT', grantedOn: today }}>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
      <Form.Item name="amountWan" label={t('credit.loan.amount')} rules={[{ required: true, message: t('credit.loan.amount') }]}>
        <Input data-testid="loan-amount" inputMode="decimal" />
      </Form.Item>
      <Form.Item name="annualRatePercent" label={t('credit.loan.rate')} rules={[{ required: true, message: t('credit.loan.rate') }]}>
        <Input data-testid="loan-rate" inputMode="decimal" />
      </Form.Item>
      <Form.Item name="termMonths" label={t('credit.loan.term')} rules={[{ required: true, message: t('credit.loan.term') }]}>
        <InputNumber min={1} max={360} precision={0} />
      </Form.Item>
      <Form.Item name="kind" label={t('credit.loan.kind')}>
        <Radio.Group optionType="button" options={[{ value: 'CREDIT', label: t('credit.loan.kind.CREDIT') }, { value: 'SECURED', label: t('credit.loan.kind.SECURED') }]} />
      </Form.Item>
      <Form.Item name="isFirstLoan" label={t('credit.loan.firstLoan')} valuePropName="checked">
        <Switch data-testid="loan-first-loan" />
      </Form.Item>
      <Form.Item name="grantedOn" label={t('credit.loan.grantedOn')} rules={[{ required: true, message: t('credit.loan.grantedOn') }]}>
        <Input data-testid="loan-date" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isBusy} data-testid="loan-submit">{t('credit.loan.submit')}</Button>
    </Form>
  );
}
