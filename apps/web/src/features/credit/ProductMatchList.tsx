import { List, Space, Tag, Typography } from 'antd';
import { formatFenAsWanYuan } from '../../format/money';
import { useFormat } from '../../i18n/format-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { ProductMatch } from './credit-api';
import { creditMessages } from './credit-messages';

const COLOR = { ELIGIBLE: 'green', UNKNOWN: 'gold', INELIGIBLE: 'default' } as const;

/** Loan products against a demand: the three-valued answer, each term, the reasons in words and the articles (never an expression or an address). */
export function ProductMatchList({ matches, showProduct = true }: { matches: ProductMatch[]; showProduct?: boolean }) {
  const t = useMessages(creditMessages);
  const f = useFormat();
  const { pick } = useI18n();
  return (
    <List<ProductMatch>
      size="small" dataSource={matches} locale={{ emptyText: t('credit.product.noMatches') }}
      renderItem={(m) => (
        <List.Item data-testid={`match-${m.productId}`} data-status={m.status}>
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              {showProduct && <Typography.Text strong>{m.name}</Typography.Text>}
              {showProduct && <Typography.Text type="secondary">{pick(m.institutionName)}</Typography.Text>}
              <Tag color={COLOR[m.status]} data-testid="match-status">{t(`credit.product.status.${m.status}`)}</Tag>
            </Space>
            {showProduct && (
              <Typography.Text type="secondary">
                {t('credit.product.summary', { from: formatFenAsWanYuan(m.minAmountFen), to: formatFenAsWanYuan(m.maxAmountFen), rate: m.annualRatePercent, minTerm: m.minTermMonths, maxTerm: m.maxTermMonths })}
              </Typography.Text>
            )}
            {m.terms.map((x) => <Typography.Text key={x.term} type={x.met ? undefined : 'danger'}>{pick(x.reason)}</Typography.Text>)}
            {m.reasons.map((r, i) => <Typography.Text key={i} type={m.status === 'INELIGIBLE' ? 'danger' : m.status === 'UNKNOWN' ? 'warning' : 'success'} data-testid="match-reason">{pick(r)}</Typography.Text>)}
            {m.missing.length > 0 && <Typography.Text type="warning">{f.labelValue(t('credit.product.missing'), f.list(m.missing.map((x) => pick(x))))}</Typography.Text>}
            {m.basis.length > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{f.labelValue(t('credit.product.basis'), f.list(m.basis))}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}
