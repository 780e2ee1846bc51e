import { useState } from 'react';
import { Alert, Button, Input, Select, Space, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { reviewClaim, type ClaimView } from './risk-sharing-api';
import { riskSharingMessages } from './risk-sharing-messages';

/** The reviewer's actions on one claim, as the server allows them: propose approval with the paying fund, confirm it, or reject with a reason. */
export function ClaimReviewActions({ claim, funds, onDone }: { claim: ClaimView; funds: { id: string; name: { zh: string; en: string } }[]; onDone: () => void }) {
  const t = useMessages(riskSharingMessages);
  const { pick, language } = useI18n();
  const [fundId, setFundId] = useState<string | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const act = async (body: Parameters<typeof reviewClaim>[1]) => {
    setFailure(undefined);
    try {
      await reviewClaim(claim.claimId, body);
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  if (claim.actions.length === 0) {
    return claim.status === 'APPROVAL_PROPOSED' && claim.decision?.isProposedByMe ? <Typography.Text type="secondary">{t('risk.review.proposedByMe')}</Typography.Text> : null;
  }
  return (
    <Space direction="vertical" size="small" data-testid="claim-review">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} data-testid="review-error" />}
      {claim.actions.includes('PROPOSE_APPROVAL') && (
        <Space wrap>
          <Select style={{ width: 220 }} placeholder={t('risk.review.fund')} value={fundId} onChange={setFundId} options={funds.map((f) => ({ value: f.id, label: pick(f.name) }))} data-testid="review-fund" />
          <Button type="primary" disabled={!fundId} onClick={() => fundId && void act({ decision: 'PROPOSE_APPROVAL', fundId, note: '' })} data-testid="review-propose">{t('risk.review.propose')}</Button>
        </Space>
      )}
      {claim.actions.includes('CONFIRM_APPROVAL') && <Button type="primary" onClick={() => void act({ decision: 'CONFIRM_APPROVAL', note: '' })} data-testid="review-confirm">{t('risk.review.confirm')}</Button>}
      {claim.actions.includes('REJECT') && (
        <Space wrap>
          <Input style={{ width: 220 }} placeholder={t('risk.review.reason')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} data-testid="review-reason" />
          <Button danger onClick={() => void act({ decision: 'REJECT', reason })} data-testid="review-reject">{t('risk.review.reject')}</Button>
        </Space>
      )}
    </Space>
  );
}
