import type { ReactNode } from 'react';
import { Table, Tag } from 'antd';
import { formatFenAsWanYuan } from '../../format/money';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { DemandSummary } from './credit-api';
import { creditMessages } from './credit-messages';

/** Financing demands: the enterprise's own, or the bank's marketplace (with the enterprise's name and the bank's actions). */
export function DemandTable({ demands, isLoading, showEnterprise, actions, expanded }: { demands: DemandSummary[]; isLoading: boolean; showEnterprise: boolean; actions?: (d: DemandSummary) => ReactNode; expanded?: (d: DemandSummary) => ReactNode }) {
  const t = useMessages(creditMessages);
  const { language, pick } = useI18n();
  return (
    <Table<DemandSummary>
      rowKey="demandId" size="small" loading={isLoading} dataSource={demands} pagination={{ pageSize: 10 }} locale={{ emptyText: t('credit.demand.empty') }}
      onRow={(d) => ({ 'data-testid': `demand-${d.demandId}` }) as object}
      {...(expanded ? { expandable: { expandedRowRender: expanded } } : {})}
      columns={[
        ...(showEnterprise ? [{
          title: t('credit.demand.enterprise'),
          render: (_: unknown, d: DemandSummary) => <>{d.enterpriseName}{d.whitelisted && <Tag color="gold" style={{ marginLeft: 8 }} data-testid="demand-whitelisted">{t('credit.whitelist.tag')}</Tag>}</>,
        }] : []),
        { title: t('credit.demand.amount'), render: (_: unknown, d: DemandSummary) => formatFenAsWanYuan(d.amountFen) },
        { title: t('credit.demand.term'), dataIndex: 'termMonths' },
        { title: t('credit.demand.purpose'), dataIndex: 'purpose' },
        { title: t('credit.demand.collateral'), render: (_: unknown, d: DemandSummary) => t(`credit.collateral.${d.collateral}`) },
        { title: t('credit.demand.urgency'), render: (_: unknown, d: DemandSummary) => <Tag color={d.urgency === 'URGENT' ? 'red' : 'default'}>{t(`credit.urgency.${d.urgency}`)}</Tag> },
        { title: t('credit.demand.status'), render: (_: unknown, d: DemandSummary) => <span data-testid="demand-status">{d.statusLabel ? pick(d.statusLabel) : ''}</span> },
        { title: t('credit.demand.published'), render: (_: unknown, d: DemandSummary) => formatTimestamp(d.publishedAt, language) },
        ...(actions ? [{ title: '', render: (_: unknown, d: DemandSummary) => actions(d) }] : []),
      ]}
    />
  );
}
