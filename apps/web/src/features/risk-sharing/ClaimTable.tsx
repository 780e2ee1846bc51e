import { useFormat } from '../../i18n/format-messages';
import type { ReactNode } from 'react';
import { Table, Tag } from 'antd';
import { formatFenAsWanYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { ClaimDetails } from './ClaimDetails';
import type { ClaimView } from './risk-sharing-api';
import { riskSharingMessages } from './risk-sharing-messages';

const STATUS_COLOR: Record<ClaimView['status'], string> = { FILED: 'blue', APPROVAL_PROPOSED: 'gold', APPROVED: 'green', REJECTED: 'red', PAYMENT_SCHEDULED: 'cyan' };

/** Claims with the rule's amount in 万元 and the share in words; each row opens its details. `actions` adds the reviewer's column. */
export function ClaimTable({ claims, isLoading, showBank, actions, actionsTitle, emptyText }: { claims: ClaimView[]; isLoading: boolean; showBank?: boolean; actions?: (c: ClaimView) => ReactNode; actionsTitle?: string; emptyText?: string }) {
  const fmt = useFormat();
  const t = useMessages(riskSharingMessages);
  const { pick } = useI18n();
  const rule = (c: ClaimView) => {
    const a = c.assessment;
    if (a.status === 'ELIGIBLE' && a.amountFen !== null) return <span data-testid="claim-rule">{`${formatFenAsWanYuan(a.amountFen)} ${fmt.wanYuan()}`}<br />{t('risk.claims.share', { share: a.sharePercent ?? '', cap: a.shareCapPercent ?? '' })}</span>;
    return <span data-testid="claim-rule">{t(a.status === 'UNKNOWN' ? 'risk.claims.unknown' : 'risk.claims.notCompensable')}</span>;
  };
  return (
    <Table<ClaimView>
      rowKey="claimId" size="small" loading={isLoading} dataSource={claims} pagination={{ pageSize: 10 }} locale={{ emptyText: emptyText ?? t('risk.claims.empty') }}
      onRow={(c) => ({ 'data-testid': `claim-${c.loan.demandId}` }) as object}
      expandable={{ expandedRowRender: (c) => <ClaimDetails claim={c} /> }}
      columns={[
        { title: t('risk.loans.enterprise'), render: (_, c) => c.loan.enterpriseName ?? '' },
        ...(showBank ? [{ title: t('risk.claims.bank'), render: (_: unknown, c: ClaimView) => (c.loan.institutionName ? pick(c.loan.institutionName) : '') }] : []),
        { title: t('risk.loans.principal'), render: (_, c) => `${formatFenAsWanYuan(c.loan.principalFen)} ${fmt.wanYuan()}` },
        { title: t('risk.claims.loss'), render: (_, c) => `${formatFenAsWanYuan(c.lossPrincipalFen)} ${fmt.wanYuan()}` },
        { title: t('risk.claims.rule'), render: (_, c) => rule(c) },
        { title: t('risk.claims.status'), render: (_, c) => <Tag color={STATUS_COLOR[c.status]} data-testid="claim-status">{pick(c.statusLabel)}</Tag> },
        ...(actions ? [{ title: actionsTitle ?? t('risk.review.actions'), render: (_: unknown, c: ClaimView) => actions(c) }] : []),
      ]}
    />
  );
}
