import { Alert, Card, Form, Input, Space, Switch, Typography } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import { ConditionCheckResult } from './ConditionCheckResult';
import { publicationMessages } from './publication-messages';
import { useConditionCheck } from './use-condition-check';

/** The optional amount of a policy: a money formula in the condition language, checked as the user types. */
export function AmountFields({ disabled, serverProblem }: { disabled: boolean; serverProblem: string | null }) {
  const t = useMessages(publicationMessages);
  const form = Form.useFormInstance();
  const hasAmount = Boolean(Form.useWatch('hasAmount', { form, preserve: true }));
  const formula = (Form.useWatch(['amount', 'formula'], { form, preserve: true }) ?? '') as string;
  const check = useConditionCheck(hasAmount ? formula.trim() : null, 'money');
  const required = [{ required: true, message: t('publication.form.required') }];
  return (
    <Card size="small" title={t('publication.form.amount')} style={{ marginBottom: 16 }} data-testid="amount-card">
      <Space style={{ marginBottom: hasAmount ? 12 : 0 }}>
        <Form.Item name="hasAmount" valuePropName="checked" noStyle>
          <Switch disabled={disabled} data-testid="amount-toggle" />
        </Form.Item>
        <Typography.Text>{t('publication.form.hasAmount')}</Typography.Text>
      </Space>
      {hasAmount && (
        <>
          <Space wrap align="start">
            <Form.Item name={['amount', 'labelZh']} label={t('publication.form.labelZh')} rules={required}>
              <Input style={{ width: 240 }} disabled={disabled} data-testid="amount-label-zh" />
            </Form.Item>
            <Form.Item name={['amount', 'labelEn']} label={t('publication.form.labelEn')} rules={required}>
              <Input style={{ width: 240 }} disabled={disabled} data-testid="amount-label-en" />
            </Form.Item>
            <Form.Item name={['amount', 'cite']} label={t('publication.form.cite')} rules={required} tooltip={t('publication.form.citeHelp')}>
              <Input style={{ width: 260 }} disabled={disabled} placeholder="cn/law/sme-promotion#art_2" data-testid="amount-cite" />
            </Form.Item>
          </Space>
          <Form.Item name={['amount', 'formula']} label={t('publication.form.formula')} extra={t('publication.form.amountHelp')} rules={required} style={{ marginBottom: 4 }}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} disabled={disabled} style={{ fontFamily: 'monospace' }} data-testid="amount-formula" />
          </Form.Item>
          {!disabled && <ConditionCheckResult check={check} text={formula.trim()} testId="amount-check" />}
          {serverProblem && <Alert type="error" showIcon title={serverProblem} data-testid="amount-server-problem" />}
        </>
      )}
    </Card>
  );
}
