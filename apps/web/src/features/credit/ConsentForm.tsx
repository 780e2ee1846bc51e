import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { grantConsent, type AccessLevel, type CreditScope, type CreditSetup, type DemandSummary } from './credit-api';
import { creditMessages } from './credit-messages';
import { consentEndDate } from './consent-period';

interface Values {
  institutionId: string;
  purposeKind: 'FINANCING_DEMAND' | 'PRODUCT';
  demandId?: string;
  productName?: string;
  purposeText: string;
  days: number;
  access: Partial<Record<CreditScope, AccessLevel | 'NONE'>>;
}

/**
 * 授权: one institution, the scopes (each readable, or yes/no checks only, or not granted), the purpose
 * (one of the enterprise's demands, or a named product) and the number of days from today.
 */
export function ConsentForm({ setup, demands, onGranted }: { setup: CreditSetup; demands: DemandSummary[]; onGranted: () => void }) {
  const t = useMessages(creditMessages);
  const { language, pick } = useI18n();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [isBusy, setBusy] = useState(false);
  const purposeKind = Form.useWatch('purposeKind', form) ?? 'FINANCING_DEMAND';
  const days = Form.useWatch('days', form) ?? 30;
  const max = setup.maxPeriodDays ?? 0;
  const open = demands.filter((d) => d.status === 'PUBLISHED' || d.status === 'TAKEN');

  const submit = async (v: Values) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const scopes = Object.entries(v.access ?? {}).filter(([, a]) => a && a !== 'NONE').map(([scope, access]) => ({ scope: scope as CreditScope, access: access as AccessLevel }));
      const purpose = v.purposeKind === 'FINANCING_DEMAND'
        ? { kind: 'FINANCING_DEMAND' as const, demandId: v.demandId ?? '', text: v.purposeText }
        : { kind: 'PRODUCT' as const, productName: v.productName ?? '', text: v.purposeText };
      await grantConsent({ institutionId: v.institutionId, scopes, purpose, startDate: setup.today, endDate: consentEndDate(setup.today, v.days) });
      form.resetFields();
      onGranted();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ purposeKind: 'FINANCING_DEMAND', days: Math.min(30, max), access: Object.fromEntries(setup.scopes.map((s) => [s.scope, 'NONE'])) }} style={{ maxWidth: 720 }}>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} data-testid="consent-error" />}
      <Form.Item name="institutionId" label={t('credit.consent.institution')} rules={[{ required: true, message: t('credit.consent.institution') }]}>
        <Select data-testid="consent-institution" options={setup.institutions.map((i) => ({ value: i.id, label: pick(i.name) }))} />
      </Form.Item>
      <Form.Item label={t('credit.consent.scopes')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {setup.scopes.map((s) => (
            <Space key={s.scope} wrap>
              <Typography.Text style={{ display: 'inline-block', minWidth: 160 }}>{pick(s.label)}</Typography.Text>
              <Form.Item name={['access', s.scope]} noStyle>
                <Radio.Group data-testid={`scope-${s.scope}`} optionType="button" size="small" options={[
                  { value: 'NONE', label: t('credit.consent.access.NONE') },
                  { value: 'FULL', label: t('credit.consent.access.FULL') },
                  ...(s.verifiable ? [{ value: 'VERIFY_ONLY', label: t('credit.consent.access.VERIFY_ONLY') }] : []),
                ]} />
              </Form.Item>
              {!s.held && <Typography.Text type="secondary">{t('credit.consent.notHeld')}</Typography.Text>}
            </Space>
          ))}
        </Space>
      </Form.Item>
      <Form.Item name="purposeKind" label={t('credit.consent.purposeKind')}>
        <Radio.Group data-testid="consent-purpose-kind" options={[{ value: 'FINANCING_DEMAND', label: t('credit.consent.purpose.demand') }, { value: 'PRODUCT', label: t('credit.consent.purpose.product') }]} />
      </Form.Item>
      {purposeKind === 'FINANCING_DEMAND' ? (
        <Form.Item name="demandId" label={t('credit.consent.demand')} rules={[{ required: true, message: t('credit.consent.demand') }]}>
          <Select data-testid="consent-demand" options={open.map((d) => ({ value: d.demandId, label: d.purpose }))} />
        </Form.Item>
      ) : (
        <Form.Item name="productName" label={t('credit.consent.product')} rules={[{ required: true, whitespace: true, message: t('credit.consent.product') }]}>
          <Input data-testid="consent-product" maxLength={100} />
        </Form.Item>
      )}
      <Form.Item name="purposeText" label={t('credit.consent.purposeText')} rules={[{ required: true, whitespace: true, message: t('credit.consent.purposeText') }]}>
        <Input data-testid="consent-purpose-text" maxLength={500} />
      </Form.Item>
      <Form.Item name="days" label={t('credit.consent.days', { max })} extra={t('credit.consent.period', { start: setup.today, end: consentEndDate(setup.today, Math.max(1, days)) })}>
        <InputNumber data-testid="consent-days" min={1} max={max} precision={0} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isBusy} data-testid="consent-submit">{t('credit.consent.submit')}</Button>
    </Form>
  );
}
