import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/error-message';
import { formatFenAsYuan, parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { CategorySelect } from './CategorySelect';
import { redeemVoucher, type CategoryCode } from './services-api';
import { servicesMessages } from './services-messages';

interface Values { code: string; enterpriseUscc: string; category: CategoryCode; description: string; serviceDate: Dayjs; fee: string }

/** 核销: the provider enters the code and the enterprise's uscc the enterprise shows, and records the service. */
export function RedeemForm({ onRedeemed }: { onRedeemed: () => void }) {
  const t = useMessages(servicesMessages);
  const { language } = useI18n();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const required = [{ required: true, message: t('services.form.required') }];
  const submit = async (v: Values) => {
    setFailure(undefined);
    setDone(null);
    const fee = parseYuanToFen(v.fee);
    if (!fee.ok) return form.setFields([{ name: 'fee', errors: [t('services.form.amountInvalid')] }]);
    try {
      const r = await redeemVoucher({ code: v.code.trim().toUpperCase(), enterpriseUscc: v.enterpriseUscc.trim().toUpperCase(), service: { category: v.category, description: v.description, serviceDate: v.serviceDate.format('YYYY-MM-DD'), feeFen: fee.fen } });
      setDone(t('services.redeem.done', { amount: formatFenAsYuan(r.redemption?.payableFen ?? 0) }));
      form.resetFields();
      onRedeemed();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Form<Values> form={form} layout="vertical" style={{ maxWidth: 560 }} onFinish={submit} data-testid="redeem-form">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} data-testid="redeem-error" />}
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 16 }} data-testid="redeem-done" />}
      <Form.Item name="code" label={t('services.redeem.code')} rules={required}><Input maxLength={12} data-testid="redeem-code" /></Form.Item>
      <Form.Item name="enterpriseUscc" label={t('services.redeem.enterprise')} rules={required}><Input maxLength={18} data-testid="redeem-enterprise" /></Form.Item>
      <Form.Item name="category" label={t('services.redeem.category')} rules={required}><CategorySelect data-testid="redeem-category" /></Form.Item>
      <Form.Item name="description" label={t('services.redeem.description')} rules={required}><Input.TextArea rows={3} maxLength={1000} data-testid="redeem-description" /></Form.Item>
      <Form.Item name="serviceDate" label={t('services.redeem.serviceDate')} rules={required}><DatePicker data-testid="redeem-date" /></Form.Item>
      <Form.Item name="fee" label={t('services.redeem.fee')} rules={required}><Input inputMode="decimal" data-testid="redeem-fee" /></Form.Item>
      <Button type="primary" htmlType="submit" data-testid="redeem-submit">{t('services.redeem.submit')}</Button>
    </Form>
  );
}
