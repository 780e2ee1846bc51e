import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/error-message';
import { formatFenAsYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { computeArrearsTerms, type ArrearsTerms } from './appeals-api';
import { appealsMessages } from './appeals-messages';
import { toArrearsForm, type ArrearsFields } from './arrears-form';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The arrears complaint's fields, with the statutory due date and interest computed by the server before submitting. */
export function ArrearsFieldset({ getFields, getClaim, terms, onTerms }: { getFields: () => ArrearsFields; getClaim: () => string; terms: ArrearsTerms | null; onTerms: (t: ArrearsTerms | null) => void }) {
  const { language, pick } = useI18n();
  const t = useMessages(appealsMessages);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dateRule = { pattern: DATE, message: 'YYYY-MM-DD' };

  const compute = async () => {
    setBusy(true);
    setError(null);
    try {
      onTerms(await computeArrearsTerms(toArrearsForm(getFields(), getClaim())));
    } catch (e) {
      onTerms(null);
      setError(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('appeals.arrears.title')} style={{ marginBottom: 16 }} data-testid="arrears-fieldset">
      <Space wrap align="start">
        <Form.Item name={['arrears', 'contractNumber']} label={t('appeals.arrears.contractNumber')}><Input /></Form.Item>
        <Form.Item name={['arrears', 'contractTitle']} label={t('appeals.arrears.contractTitle')} rules={[{ required: true, message: t('appeals.form.required') }]}><Input /></Form.Item>
        <Form.Item name={['arrears', 'signedOn']} label={t('appeals.arrears.signedOn')} rules={[{ required: true, message: t('appeals.form.required') }, dateRule]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        <Form.Item name={['arrears', 'agreedDays']} label={t('appeals.arrears.agreedDays')}><Input inputMode="numeric" /></Form.Item>
      </Space>
      <Form.Item name={['arrears', 'trigger']} label={t('appeals.arrears.trigger')} initialValue="ACCEPTANCE">
        <Radio.Group options={(['DELIVERY', 'ACCEPTANCE'] as const).map((v) => ({ value: v, label: t(`appeals.arrears.trigger.${v}`) }))} />
      </Form.Item>
      <Form.Item name={['arrears', 'smeDeclared']} valuePropName="checked" initialValue={true}>
        <Checkbox>{t('appeals.arrears.smeDeclared')}</Checkbox>
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name={['arrears', 'debtorName']} label={t('appeals.arrears.debtorName')} rules={[{ required: true, message: t('appeals.form.required') }]}><Input /></Form.Item>
        <Form.Item name={['arrears', 'debtorKind']} label={t('appeals.arrears.debtorKind')} initialValue="PUBLIC_INSTITUTION">
          <Radio.Group options={(['GOVERNMENT_AGENCY', 'PUBLIC_INSTITUTION', 'LARGE_ENTERPRISE'] as const).map((v) => ({ value: v, label: t(`appeals.arrears.debtor.${v}`) }))} />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name={['arrears', 'deliveredOn']} label={t('appeals.arrears.deliveredOn')} rules={[{ required: true, message: t('appeals.form.required') }, dateRule]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        <Form.Item name={['arrears', 'acceptedOn']} label={t('appeals.arrears.acceptedOn')} rules={[dateRule]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        <Form.Item name={['arrears', 'amountYuan']} label={t('appeals.arrears.amount')} rules={[{ required: true, message: t('appeals.form.required') }]}><Input inputMode="decimal" /></Form.Item>
        <Form.Item name={['arrears', 'paidYuan']} label={t('appeals.arrears.paid')}><Input inputMode="decimal" /></Form.Item>
        <Form.Item name={['arrears', 'paidOn']} label={t('appeals.arrears.paidOn')} rules={[dateRule]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
      </Space>
      <Button onClick={compute} loading={busy} data-testid="arrears-compute">{t('appeals.arrears.compute')}</Button>
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} data-testid="arrears-error" />}
      {terms && (
        <Descriptions style={{ marginTop: 12 }} bordered size="small" column={1} data-testid="arrears-terms">
          <Descriptions.Item label={t('appeals.arrears.dueDate')}><span data-testid="arrears-due-date">{terms.dueDate}</span></Descriptions.Item>
          <Descriptions.Item label={t('appeals.arrears.outstanding')}>{formatFenAsYuan(terms.outstandingFen)}</Descriptions.Item>
          <Descriptions.Item label={t('appeals.arrears.overdueDays')}>{terms.overdueDays}</Descriptions.Item>
          <Descriptions.Item label={t('appeals.arrears.interest', { date: terms.asOf })}><span data-testid="arrears-interest">{formatFenAsYuan(terms.interestFen)}</span></Descriptions.Item>
          <Descriptions.Item label={t('appeals.arrears.basis')}>{terms.basis.join(' · ')} {pick(terms.explanation)}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
