import { Alert, Card, Descriptions, List, Space, Typography } from 'antd';
import { formatFenAsYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { FirstLoanSubsidyView } from './credit-api';
import { creditMessages } from './credit-messages';

const TONE = { ELIGIBLE: 'success', INELIGIBLE: 'warning', UNKNOWN: 'info', NOT_IN_FORCE: 'info' } as const;

/**
 * 首贷贴息 (the policy in force that a fund pays: sz-first-loan-interest-subsidy, or 深工信〔2023〕26号 第5项) as the enterprise sees it: the first-loan facts its banks' loan
 * records gave, with their source, how the policy is offered (免申即享 or 申报) and the rules' answer on
 * those facts with the reasons and the articles.
 */
export function FirstLoanSubsidyCard({ view }: { view: FirstLoanSubsidyView }) {
  const t = useMessages(creditMessages);
  const { pick } = useI18n();
  const a = view.assessment;
  return (
    <Card title={t('credit.firstLoan.title')} data-testid="first-loan-subsidy">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong data-testid="first-loan-policy">{pick(view.title)}</Typography.Text>
        <Typography.Text type="secondary">{t('credit.firstLoan.intro')}</Typography.Text>
        <Descriptions column={2} size="small">
          {view.facts.map((f) => <Descriptions.Item key={f.fact} label={pick(f.label)}>{pick(f.value)}</Descriptions.Item>)}
        </Descriptions>
        <Typography.Text data-testid="first-loan-source">{t('credit.firstLoan.source', { source: view.source })}</Typography.Text>
        <Typography.Text strong data-testid="first-loan-channel">{t(view.channel ? `credit.firstLoan.channel.${view.channel}` : 'credit.firstLoan.channel.none')}</Typography.Text>
        {a && (
          <Alert
            type={TONE[a.status]} data-testid="first-loan-status"
            message={`${t(`credit.firstLoan.status.${a.status}`)}${t('credit.firstLoan.assessedOn', { date: a.assessedOn })}${a.amountFen !== null && a.status === 'ELIGIBLE' ? ` ${t('credit.firstLoan.amount', { amount: formatFenAsYuan(a.amountFen) })}` : ''}`}
            description={(
              <>
                <List size="small" dataSource={a.reasons} renderItem={(r) => <List.Item>{pick(r)}</List.Item>} data-testid="first-loan-reasons" />
                {a.basis.length > 0 && <Typography.Text type="secondary">{t('credit.firstLoan.basis', { basis: a.basis.join(t('credit.separator')) })}</Typography.Text>}
              </>
            )}
          />
        )}
      </Space>
    </Card>
  );
}
