import { useFormat } from '../../i18n/format-messages';
import { useState } from 'react';
import { Alert, Button, Form, Input, Select } from 'antd';
import { errorMessage } from '../../api/error-message';
import { formatFenAsWanYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { wanYuanTextToFen } from '../credit/money-input';
import { fileClaim, type PoolLoanView } from './risk-sharing-api';
import { riskSharingMessages } from './risk-sharing-messages';

interface Values { demandId: string; loss: string; defaultedOn: string; description: string; accountName: string; accountNumber: string; bankName: string }

/** 申请风险补偿: a registered loan without a claim, the principal lost in 万元, the default date, what happened, the bank's own account. */
export function ClaimForm({ loans, onFiled }: { loans: PoolLoanView[]; onFiled: () => void }) {
  const fmt = useFormat();
  const t = useMessages(riskSharingMessages);
  const { language } = useI18n();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(undefined);
  const open = loans.filter((l) => l.isRegistered && l.claimId === null);
  const required = [{ required: true, message: t('risk.claim.required') }];
  const submit = async (v: Values) => {
    setFailure(undefined);
    try {
      await fileClaim({ demandId: v.demandId, lossPrincipalFen: wanYuanTextToFen(v.loss) ?? 0, defaultedOn: v.defaultedOn, description: v.description, account: { accountName: v.accountName, accountNumber: v.accountNumber, bankName: v.bankName } });
      form.resetFields();
      onFiled();
    } catch (e) {
      setFailure(e);
    }
  };
  if (open.length === 0) return <Alert type="info" showIcon title={t('risk.claim.noLoan')} />;
  return (
    <>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} data-testid="claim-error" />}
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }}>
        <Form.Item name="demandId" label={t('risk.claim.loan')} rules={required}>
          <Select data-testid="claim-loan" options={open.map((l) => ({ value: l.demandId, label: `${l.enterpriseName ?? ''} · ${formatFenAsWanYuan(l.principalFen)} ${fmt.wanYuan()} · ${l.grantedOn}` }))} />
        </Form.Item>
        <Form.Item name="loss" label={t('risk.claim.loss')} rules={[{ required: true, validator: async (_, v: string | undefined) => { if (!v || wanYuanTextToFen(v) === null) throw new Error(t('risk.claim.lossInvalid')); } }]}>
          <Input inputMode="decimal" data-testid="claim-loss" />
        </Form.Item>
        <Form.Item name="defaultedOn" label={t('risk.claim.defaultedOn')} rules={required}><Input type="date" data-testid="claim-defaulted-on" /></Form.Item>
        <Form.Item name="description" label={t('risk.claim.description')} rules={required}><Input.TextArea rows={3} maxLength={1000} data-testid="claim-description" /></Form.Item>
        <Form.Item name="accountName" label={t('risk.claim.accountName')} rules={required}><Input maxLength={100} data-testid="claim-account-name" /></Form.Item>
        <Form.Item name="accountNumber" label={t('risk.claim.accountNumber')} rules={required}><Input maxLength={100} data-testid="claim-account-number" /></Form.Item>
        <Form.Item name="bankName" label={t('risk.claim.bankName')} rules={required}><Input maxLength={100} data-testid="claim-bank-name" /></Form.Item>
        <Button type="primary" htmlType="submit" data-testid="claim-submit">{t('risk.claim.submit')}</Button>
      </Form>
    </>
  );
}
