import { lazy, Suspense, useState } from 'react';
import { Skeleton, Space, Tag, Typography } from 'antd';
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useFormat } from '../../i18n/format-messages';
import { Citation } from './Citation';
import { DataSourcesLine } from './DataSourcesLine';
import type { PolicyAnswer, PolicyExplanation } from './policies-api';
import { fillLink } from './policy-groups';
import { policiesMessages } from './policies-messages';
import './policies.css';

/** 判定依据 loads when first opened: most visitors read the verdicts, not every condition. */
const ExplanationTree = lazy(() => import('./ExplanationTree').then((m) => ({ default: m.ExplanationTree })));

type ChannelKey = 'policies.channel.ONLINE_APPLICATION' | 'policies.channel.NO_APPLICATION' | 'policies.channel.INFORMATION_ONLY';
/** The words for what an amount is (cash, a fee cut, tax relief, a deduction from taxable income, a bid-price deduction). */
export type BenefitKindKey = `policies.kind.${NonNullable<PolicyAnswer['benefitKind']>}`;

/**
 * What a policy line shows: an answer of 我的政策, or of the public policy calculator (a hypothetical
 * company: no version note, no data sources, missing facts without a place to fill them in).
 */
export type PolicyLineData = Pick<PolicyAnswer, 'policyId' | 'title' | 'channel' | 'department' | 'status' | 'amountFen' | 'reasons' | 'citations' | 'explanation'> & {
  benefitKind?: PolicyAnswer['benefitKind'];
  missing: readonly (Pick<PolicyAnswer['missing'][number], 'name' | 'label'> & { where?: PolicyAnswer['missing'][number]['where'] })[];
  version?: PolicyAnswer['version'];
  dataSources?: PolicyAnswer['dataSources'];
};

/** One policy of 我的政策 or the policy calculator: title, amount or gap or what to fill in, the cited article, and the explanation. */
export function PolicyLine({ policy, date }: { policy: PolicyLineData; date: string }) {
  const { pick } = useI18n();
  const t = useMessages(policiesMessages);
  const f = useFormat();
  const channelKey = `policies.channel.${policy.channel}` as ChannelKey;
  const main = policy.citations[0];
  return (
    <section className="policy-box" data-testid={`policy-${policy.policyId}`} data-status={policy.status}>
      <Space direction="vertical" style={{ width: '100%' }} size={4}>
        <Space wrap>
          <Typography.Text strong>{pick(policy.title)}</Typography.Text>
          <Tag>{t(channelKey)}</Tag>
          {policy.version?.unverified && <Tag color="orange">{t('policies.unverified')}</Tag>}
          <Typography.Text type="secondary">{t('policies.labelValue', { label: t('policies.department'), value: pick(policy.department) })}</Typography.Text>
        </Space>
        {policy.status === 'ELIGIBLE' && (
          policy.amountFen !== null ? (
            <Typography.Text data-testid="policy-amount" style={{ fontSize: 16 }}>
              {t('policies.labelValue', { label: t(`policies.kind.${policy.benefitKind ?? 'CASH'}` as BenefitKindKey), value: '' })}<Typography.Text strong type="success">{f.money(policy.amountFen)}</Typography.Text>
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('policies.amountPending')}</Typography.Text>
          )
        )}
        {policy.status !== 'ELIGIBLE' && policy.reasons.map((r, i) => (
          <Typography.Text key={i} type={policy.status === 'INELIGIBLE' ? 'danger' : policy.status === 'UNKNOWN' ? 'warning' : 'secondary'} data-testid="policy-reason">
            {pick(r)}
          </Typography.Text>
        ))}
        {policy.missing.length > 0 && (
          <div data-testid="policy-missing">
            {t('policies.fill')}
            {policy.missing.map((m) => (
              <span key={m.name} style={{ marginRight: 12 }}>
                {pick(m.label)}
                {m.where && (
                  <>
                    {' '}
                    {m.where.kind === 'DECLARED' ? <a href={fillLink('DECLARED')} style={{ textDecoration: 'underline' }}>{t('policies.parenthesized', { text: t('policies.fillHere') })}</a> : <Link to={fillLink(m.where.kind)} title={pick(m.where.hint)} style={{ textDecoration: 'underline' }}>{t('policies.parenthesized', { text: t('policies.fillHere') })}</Link>}
                  </>
                )}
              </span>
            ))}
          </div>
        )}
        {main && <Citation cite={main} date={date} compact />}
        {policy.dataSources && <DataSourcesLine sources={policy.dataSources} />}
        {policy.explanation && <ExplanationToggle explanation={policy.explanation} date={date} />}
      </Space>
    </section>
  );
}

/** 判定依据: a plain button that shows and hides the explanation, its code loaded on the first opening. */
function ExplanationToggle({ explanation, date }: { explanation: PolicyExplanation; date: string }) {
  const t = useMessages(policiesMessages);
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" className="policy-toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="explanation-toggle">
        {open ? <DownOutlined /> : <RightOutlined />} {t('policies.explanation')}
      </button>
      {open && (
        <div className="policy-explanation">
          <Suspense fallback={<Skeleton active paragraph={{ rows: 2 }} />}>
            <ExplanationTree explanation={explanation} date={date} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
