import { Table, Tag } from 'antd';
import { formatFenAsYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import type { VoucherView } from './services-api';
import { servicesMessages } from './services-messages';

const COLOURS: Record<VoucherView['status'], string> = { ISSUED: 'default', CLAIMED: 'blue', REDEEMED: 'orange', SETTLED: 'green', EXPIRED: 'default' };

/** Vouchers with their code, validity, status, and (once used) the provider, the service and the payment. */
export function VoucherTable({ items, loading, empty }: { items: readonly VoucherView[]; loading: boolean; empty: string }) {
  const t = useMessages(servicesMessages);
  const { pick } = useI18n();
  const fmt = useFormat();
  const use = (v: VoucherView) => {
    if (!v.redemption) return '';
    const used = t('services.voucher.usedValue', { provider: v.redemption.providerName ?? '', date: v.redemption.service.serviceDate, category: pick(v.redemption.categoryLabel), amount: formatFenAsYuan(v.redemption.payableFen) });
    const paid = v.settlement?.paymentStatus ? fmt.withNote('', t(`services.voucher.payment.${v.settlement.paymentStatus}` as 'services.voucher.payment.PAID')) : '';
    return used + paid;
  };
  return (
    <Table<VoucherView>
      rowKey="voucherId" size="small" onRow={() => ({ 'data-testid': 'voucher-row' }) as object} loading={loading} dataSource={[...items]} pagination={{ pageSize: 20 }} locale={{ emptyText: empty }}
      columns={[
        { title: t('services.voucher.code'), dataIndex: 'code', render: (c: string) => <VoucherCode>{c}</VoucherCode>, onCell: () => ({ 'data-testid': 'voucher-code' }) as object },
        { title: t('services.voucher.programme'), dataIndex: 'programmeName' },
        { title: t('services.voucher.amount'), render: (_, v) => formatFenAsYuan(v.amountFen) },
        { title: t('services.voucher.validity'), render: (_, v) => t('services.voucher.validityValue', { from: v.validFrom, until: v.validUntil }) },
        { title: t('services.voucher.status'), render: (_, v) => <Tag color={COLOURS[v.status]}>{pick(v.statusLabel)}</Tag>, onCell: () => ({ 'data-testid': 'voucher-status' }) as object },
        { title: t('services.voucher.usedAt'), render: (_, v) => use(v), onCell: () => ({ 'data-testid': 'voucher-use' }) as object },
      ]}
    />
  );
}

function VoucherCode({ children }: { children: string }) {
  return <code style={{ fontSize: 16, letterSpacing: 1 }}>{children}</code>;
}
