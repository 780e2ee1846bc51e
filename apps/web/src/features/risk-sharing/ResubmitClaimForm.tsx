import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { formatFenAsWanYuan } from '../../format/money';
import { wanYuanTextToFen } from '../credit/money-input';
import { resubmitClaim, type ClaimView } from './risk-sharing-api';
import { riskSharingMessages } from './risk-sharing-messages';

interface Values { loss: string; defaultedOn: string; description: string; accountName: string; accountNumber: string; bankName: string; correction: string }

/** 补正后重新提交: the bank corrects a rejected claim (filled in as filed) and says what it corrected. */
export function ResubmitClaimForm({ claim, onDone }: { claim: ClaimView; onDone: () => void }) {
  const t = useMessages(riskSharingMessages);
  const { language } = useI18n();
  const [isOpen, setOpen] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [form] = Form.useForm<Values>();
  const required = [{ required: true, whitespace: true, message: t('risk.claim.required') }];
  const submit = async (v: Values) => {
    setFailure(undefined);
    try {
      await resubmitClaim(claim.claimId, {
        lossPrincipalFen: wanYuanTextToFen(v.loss) ?? 0, defaultedOn: v.defaultedOn, description: v.description, correction: v.correction,
        account: { accountName: v.accountName, accountNumber: v.accountNumber, bankName: v.bankName },
      });
      setOpen(false);
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  const initial: Values = {
    // the amount as filed when it is exact to the hundredth of 10k yuan (what the field takes), else left for the bank to enter
    loss: claim.lossPrincipalFen % 10_000 === 0 ? formatFenAsWanYuan(claim.lossPrincipalFen).replace(/,/g, '') : '', defaultedOn: claim.defaultedOn, description: claim.description, correction: '',
    accountName: claim.account?.accountName ?? '', accountNumber: claim.account?.accountNumber ?? '', bankName: claim.account?.bankName ?? '',
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="claim-resubmit-open">{t('risk.resubmit.open')}</Button>
      <Modal open={isOpen} title={t('risk.resubmit.title')} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('risk.resubmit.intro')}</Typography.Paragraph>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} data-testid="claim-resubmit-error" />}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={initial}>
          <Form.Item name="correction" label={t('risk.resubmit.correction')} rules={required}><Input.TextArea rows={2} maxLength={1000} data-testid="claim-resubmit-correction" /></Form.Item>
          <Form.Item name="loss" label={t('risk.claim.loss')} rules={[{ required: true, validator: async (_, v: string | undefined) => { if (!v || wanYuanTextToFen(v) === null) throw new Error(t('risk.claim.lossInvalid')); } }]}>
            <Input inputMode="decimal" data-testid="claim-resubmit-loss" />
          </Form.Item>
          <Form.Item name="defaultedOn" label={t('risk.claim.defaultedOn')} rules={required}><Input type="date" /></Form.Item>
          <Form.Item name="description" label={t('risk.claim.description')} rules={required}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
          <Form.Item name="accountName" label={t('risk.claim.accountName')} rules={required}><Input maxLength={100} /></Form.Item>
          <Form.Item name="accountNumber" label={t('risk.claim.accountNumber')} rules={required}><Input maxLength={100} /></Form.Item>
          <Form.Item name="bankName" label={t('risk.claim.bankName')} rules={required}><Input maxLength={100} /></Form.Item>
          <Button type="primary" htmlType="submit" data-testid="claim-resubmit-submit">{t('risk.resubmit.submit')}</Button>
        </Form>
      </Modal>
    </>
  );
}
