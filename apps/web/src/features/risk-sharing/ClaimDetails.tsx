import { useFormat } from '../../i18n/format-messages';
import { Descriptions, Tag, Typography } from 'antd';
import { formatFenAsWanYuan } from '../../format/money';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { ClaimView } from './risk-sharing-api';
import { riskSharingMessages } from './risk-sharing-messages';

/** A claim in words: how the rule computed it (reasons, data missing, the articles, the unverified flag), the decision, the payment, the history. */
export function ClaimDetails({ claim }: { claim: ClaimView }) {
  const fmt = useFormat();
  const t = useMessages(riskSharingMessages);
  const { pick, language } = useI18n();
  const a = claim.assessment;
  return (
    <Descriptions size="small" column={1} data-testid="claim-details">
      <Descriptions.Item label={t('risk.claims.reasons')}>
        {fmt.clauses(a.reasons.map((r) => pick(r)))}
        {a.isUnverified && <Tag color="orange" style={{ marginLeft: 8 }}>{t('risk.claims.unverified')}</Tag>}
        <Typography.Text type="secondary" style={{ display: 'block' }}>{t('risk.claims.assessedOn', { date: a.assessedOn })}</Typography.Text>
        {a.isUnverified && a.unverifiedNote && <Typography.Text type="secondary" style={{ display: 'block' }}>{a.unverifiedNote}</Typography.Text>}
      </Descriptions.Item>
      {a.missing.length > 0 && <Descriptions.Item label={t('risk.claims.missing')}>{fmt.list(a.missing.map((m) => pick(m)))}</Descriptions.Item>}
      <Descriptions.Item label={t('risk.claims.basis')}>{fmt.clauses(a.basis)}</Descriptions.Item>
      {claim.decision && (
        <Descriptions.Item label={t('risk.claims.decision')}>{`${formatFenAsWanYuan(claim.decision.amountFen)} ${fmt.wanYuan()} · ${claim.decision.sharePercent}%`}</Descriptions.Item>
      )}
      {claim.rejection && <Descriptions.Item label={t('risk.claims.rejection')}><span data-testid="claim-rejection">{claim.rejection.reason}</span></Descriptions.Item>}
      {claim.resubmissions.length > 0 && (
        <Descriptions.Item label={t('risk.claims.resubmissions')}>
          <span data-testid="claim-resubmissions">{fmt.clauses(claim.resubmissions.map((r) => t('risk.claims.resubmission', { date: formatTimestamp(r.at, language), reason: r.rejectionReason, correction: r.correction })))}</span>
        </Descriptions.Item>
      )}
      {claim.payment && <Descriptions.Item label={t('risk.claims.payment')}>{t(`risk.claims.payment.${claim.payment.status}`)}{claim.payment.settledOn ? ` · ${claim.payment.settledOn}` : ''}</Descriptions.Item>}
      <Descriptions.Item label={t('risk.claims.history')}>{claim.history.map((h) => fmt.withNote(pick(h.label), formatTimestamp(h.at, language))).join(' → ')}</Descriptions.Item>
    </Descriptions>
  );
}
