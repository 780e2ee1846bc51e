import { useState } from 'react';
import { Alert, Card, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { ProviderForm } from './ProviderForm';
import { RedeemForm } from './RedeemForm';
import { fetchMyProvider, fetchProviderVouchers, registerProvider, resubmitProvider, type ProviderDeclarationInput } from './services-api';
import { servicesMessages } from './services-messages';
import { VoucherTable } from './VoucherTable';

/** 服务机构工作台: register (or resubmit), see the review outcome, redeem vouchers with the service record, follow settlement. */
export function ProviderConsolePage() {
  const t = useMessages(servicesMessages);
  const { language, pick } = useI18n();
  const fmt = useFormat();
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<unknown>(undefined);
  const mine = useApi(() => fetchMyProvider(), [version]);
  const provider = mine.data?.provider ?? null;
  const redeemed = useApi(() => (provider ? fetchProviderVouchers() : Promise.resolve({ items: [] })), [version, provider?.providerId]);
  if (mine.error) return <LoadFailure error={mine.error} onRetry={mine.reload} />;
  const submit = async (d: ProviderDeclarationInput) => {
    setFailure(undefined);
    try {
      await (provider ? resubmitProvider(d) : registerProvider(d));
      setVersion((v) => v + 1);
    } catch (e) {
      setFailure(e);
    }
  };
  const form = (
    <>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
      <ProviderForm initial={provider} submitLabel={t(provider ? 'services.register.resubmit' : 'services.register.submit')} onSubmit={submit} />
    </>
  );
  if (!mine.data) return <Card loading />;
  if (!provider) {
    return (
      <Card title={t('services.register.title')} data-testid="provider-register">
        <Typography.Paragraph>{t('services.register.intro')}</Typography.Paragraph>
        {form}
      </Card>
    );
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('services.console.title')} data-testid="provider-console">
        <Typography.Paragraph>
          {t('services.console.status', { status: pick(provider.statusLabel) })}
          {provider.reason ? ` ${fmt.labelValue(t('services.provider.reason'), provider.reason)}` : ''}
        </Typography.Paragraph>
        <Space wrap>{provider.categories.map((c) => <Tag key={c.code}>{pick(c.label)}</Tag>)}</Space>
        {provider.status === 'REJECTED' && <div style={{ marginTop: 16 }}>{form}</div>}
      </Card>
      {provider.status === 'APPROVED' && (
        <Card title={t('services.redeem.title')}>
          <RedeemForm onRedeemed={() => setVersion((v) => v + 1)} />
        </Card>
      )}
      <Card title={t('services.redeemed.title')}>
        {redeemed.error ? <LoadFailure error={redeemed.error} onRetry={redeemed.reload} /> : <VoucherTable items={redeemed.data?.items ?? []} loading={redeemed.isLoading} empty={t('services.my.empty')} />}
      </Card>
    </Space>
  );
}
