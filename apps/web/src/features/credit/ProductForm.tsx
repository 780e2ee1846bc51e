import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { COLLATERALS, defineProduct, type Collateral } from './credit-api';
import { creditMessages } from './credit-messages';
import { wanYuanTextToFen } from './money-input';

interface Values {
  name: string;
  description?: string;
  minAmount: string;
  maxAmount: string;
  annualRatePercent: string;
  minTermMonths: number;
  maxTermMonths: number;
  collateral: Collateral[];
  conditions?: { label: string; when: string; cite?: string }[];
}

/**
 * 定义贷款产品 (bank): terms in 万元 and months, the rate as typed, accepted collateral, and the eligibility
 * conditions in the rules language (checked by the server, which names the condition and the position of an error).
 */
export function ProductForm({ onDefined }: { onDefined: () => void }) {
  const t = useMessages(creditMessages);
  const { language } = useI18n();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(undefined);
  const submit = async (v: Values) => {
    setFailure(undefined);
    const minAmountFen = wanYuanTextToFen(v.minAmount);
    const maxAmountFen = wanYuanTextToFen(v.maxAmount);
    if (minAmountFen === null || maxAmountFen === null) {
      form.setFields([{ name: minAmountFen === null ? 'minAmount' : 'maxAmount', errors: [t('credit.product.amountInvalid')] }]);
      return;
    }
    try {
      await defineProduct({
        name: v.name, description: v.description ?? '', minAmountFen, maxAmountFen, annualRatePercent: v.annualRatePercent.trim(), minTermMonths: v.minTermMonths, maxTermMonths: v.maxTermMonths,
        collateral: v.collateral, conditions: (v.conditions ?? []).map((c, i) => ({ id: `c${i + 1}`, label: { zh: c.label }, when: c.when, ...(c.cite?.trim() ? { cite: c.cite.trim() } : {}) })),
      });
      form.resetFields();
      onDefined();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ minTermMonths: 6, maxTermMonths: 36, collateral: ['NONE'], conditions: [] }} data-testid="product-form">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} data-testid="product-error" />}
      <Space wrap>
        <Form.Item name="name" label={t('credit.product.name')} rules={[{ required: true, message: t('credit.product.name') }]}><Input style={{ width: 240 }} data-testid="product-name" /></Form.Item>
        <Form.Item name="minAmount" label={t('credit.product.minAmount')} rules={[{ required: true, message: t('credit.product.minAmount') }]}><Input style={{ width: 120 }} data-testid="product-min-amount" /></Form.Item>
        <Form.Item name="maxAmount" label={t('credit.product.maxAmount')} rules={[{ required: true, message: t('credit.product.maxAmount') }]}><Input style={{ width: 120 }} data-testid="product-max-amount" /></Form.Item>
        <Form.Item name="annualRatePercent" label={t('credit.product.rate')} rules={[{ required: true, message: t('credit.product.rate') }]}><Input style={{ width: 100 }} data-testid="product-rate" /></Form.Item>
        <Form.Item name="minTermMonths" label={t('credit.product.minTerm')} rules={[{ required: true }]}><InputNumber min={1} max={360} precision={0} /></Form.Item>
        <Form.Item name="maxTermMonths" label={t('credit.product.maxTerm')} rules={[{ required: true }]}><InputNumber min={1} max={360} precision={0} /></Form.Item>
      </Space>
      <Form.Item name="collateral" label={t('credit.product.collateral')} rules={[{ required: true, message: t('credit.product.collateral') }]}>
        <Checkbox.Group options={COLLATERALS.map((c) => ({ value: c, label: t(`credit.collateral.${c}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('credit.product.description')}><Input.TextArea rows={2} /></Form.Item>
      <Form.List name="conditions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" wrap data-testid={`product-condition-${i}`}>
                <Form.Item name={[field.name, 'label']} rules={[{ required: true, message: t('credit.product.conditionLabel') }]}><Input placeholder={t('credit.product.conditionLabel')} style={{ width: 220 }} data-testid="condition-label" /></Form.Item>
                <Form.Item name={[field.name, 'when']} rules={[{ required: true, message: t('credit.product.conditionWhen') }]}><Input placeholder={t('credit.product.conditionWhen')} style={{ width: 280 }} data-testid="condition-when" /></Form.Item>
                <Form.Item name={[field.name, 'cite']}><Input placeholder={t('credit.product.conditionCite')} style={{ width: 300 }} /></Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Form.Item><Button type="dashed" onClick={() => add({ label: '', when: '' })} icon={<PlusOutlined />} data-testid="product-add-condition">{t('credit.product.addCondition')}</Button></Form.Item>
          </>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" data-testid="product-submit">{t('credit.product.define')}</Button>
    </Form>
  );
}
