import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { formatFenAsYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { claimVoucher, fetchMyVouchers, fetchPolicies, fetchProgrammes, type ProgrammeView } from './services-api';
import { servicesMessages } from './services-messages';
import { VoucherTable } from './VoucherTable';

/** 我的服务券: programmes the enterprise may claim, and its vouchers with the code to show the provider. */
export function MyVouchersPage() {
  const t = useMessages(servicesMessages);
  const { language, pick } = useI18n();
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<unknown>(undefined);
  const programmes = useApi(() => fetchProgrammes(), [version]);
  const mine = useApi(() => fetchMyVouchers(), [version]);
  const policies = useApi(() => fetchPolicies(), []);
  const policyTitle = (id: string) => policies.data?.items.find((p) => p.id === id)?.title ?? null;
  if (programmes.error) return <LoadFailure error={programmes.error} onRetry={programmes.reload} />;
  if (mine.error) return <LoadFailure error={mine.error} onRetry={mine.reload} />;
  const held = new Set((mine.data?.items ?? []).map((v) => v.programmeId));
  const claim = async (p: ProgrammeView) => {
    setFailure(undefined);
    try {
      await claimVoucher(p.programmeId);
      setVersion((v) => v + 1);
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('services.my.title')} data-testid="my-vouchers">
        <Typography.Paragraph>{t('services.voucher.showCode')}</Typography.Paragraph>
        <VoucherTable items={mine.data?.items ?? []} loading={mine.isLoading} empty={t('services.my.empty')} />
      </Card>
      <Card title={t('services.programmes.title')} data-testid="voucher-programmes">
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} data-testid="claim-error" />}
        <Table<ProgrammeView>
          rowKey="programmeId" size="small" onRow={() => ({ 'data-testid': 'programme-row' }) as object} loading={programmes.isLoading} dataSource={programmes.data?.items ?? []} pagination={{ pageSize: 10 }}
          locale={{ emptyText: t('services.programmes.empty') }}
          columns={[
            { title: t('services.voucher.programme'), render: (_, p) => <Space><Tag>{t(`services.programmes.kind.${p.kind}`)}</Tag>{p.name}</Space> },
            { title: t('services.voucher.amount'), render: (_, p) => formatFenAsYuan(p.amountFen) },
            { title: t('services.voucher.validity'), render: (_, p) => t('services.voucher.validityValue', { from: p.validFrom, until: p.validUntil }) },
            { title: t('services.provider.categories'), render: (_, p) => p.categories.map((c) => <Tag key={c.code}>{pick(c.label)}</Tag>) },
            {
              title: t('services.programmes.eligibility'),
              render: (_, p) => {
                const title = p.eligibilityPolicyId ? policyTitle(p.eligibilityPolicyId) : null;
                if (!p.eligibilityPolicyId) return t('services.programmes.anyEnterprise');
                return title ? t('services.programmes.byNamedPolicy', { title: pick(title) }) : t('services.programmes.byPolicy');
              },
            },
            {
              title: '', render: (_, p) => (held.has(p.programmeId)
                ? <Tag color="green">{t('services.programmes.claimed')}</Tag>
                : <Button type="primary" size="small" data-testid="claim-voucher" onClick={() => claim(p)}>{t('services.programmes.claim')}</Button>),
            },
          ]}
        />
        <Typography.Text type="secondary">{t('services.basis')}</Typography.Text>
      </Card>
    </Space>
  );
}
