import { startTransition, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Skeleton, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useApi } from '../../api/use-api';
import { eligibilityDataUrl } from '../../app/first-page-data';
import { useFormat } from '../../i18n/format-messages';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { lazyPage } from '../../app/lazy-page';
import { WhenVisible } from '../../app/WhenVisible';
import { PolicyLine, type BenefitKindKey } from './PolicyLine';
import { benefitTotals } from './benefit-totals';
import { SizeClassCard } from './SizeClassCard';
import { fetchEligibility } from './policies-api';
import { groupPolicies, POLICY_SECTIONS } from './policy-groups';
import { policiesMessages } from './policies-messages';
import './policies.css';

// The form at the end of the page (antd's Form, Select, Switch, Input and App) loads when it comes into view.
const DeclaredFactsCard = lazyPage(() => import('./DeclaredFactsCard'), 'DeclaredFactsCard');

/** A note above the list in plain markup (antd's Alert with its icons is about 5 KB gzip of the page's first load). */
function Note({ kind, testId, children }: { kind: 'info' | 'warning'; testId?: string; children: ReactNode }) {
  return <div role="note" className={`policy-note policy-note-${kind}`} data-testid={testId}>{children}</div>;
}

/**
 * 现金补贴合计 (cash only, as the API sums it) and, each on its own line, the benefits that are not cash —
 * a fee cut, tax relief, a deduction from taxable income, a bid-price deduction — so a 300 万元 tax
 * deduction beside 0 元 of cash reads as what it is.
 */
function BenefitTotal({ cashFen, nonCash }: { cashFen: number; nonCash: ReturnType<typeof benefitTotals>['nonCash'] }) {
  const { pick } = useI18n();
  const t = useMessages(policiesMessages);
  const f = useFormat();
  return (
    <div className="policy-total" data-testid="policies-total">
      <div className="policy-total-label">{t('policies.totalAmount')}</div>
      <div className="policy-total-value" data-testid="policies-total-cash">{f.money(cashFen)}</div>
      {nonCash.length > 0 && (
        <div className="policy-total-noncash" data-testid="policies-total-noncash">
          <div>{cashFen === 0 && `${t('policies.noCash')} `}{t('policies.nonCashIntro')}</div>
          <ul>
            {nonCash.map((l) => (
              <li key={l.policyId} data-kind={l.kind}>{t('policies.nonCashLine', { kind: t(`policies.kind.${l.kind}` as BenefitKindKey), amount: f.money(l.amountFen), title: pick(l.title) })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

type SectionKey = 'policies.section.ELIGIBLE' | 'policies.section.INELIGIBLE' | 'policies.section.UNKNOWN' | 'policies.section.NOT_IN_FORCE';

/** `/me/policies` (我的政策): the signed-in enterprise's size class and every policy of its jurisdiction, as of a date. */
export function MyPoliciesPage() {
  const { me } = useAuth();
  const t = useMessages(policiesMessages);
  if (!me?.uscc) return <Note kind="info">{t('policies.notLinked')}</Note>;
  return <EnterprisePolicies uscc={me.uscc} />;
}

export function EnterprisePolicies({ uscc }: { uscc: string }) {
  const { pick } = useI18n();
  const t = useMessages(policiesMessages);
  const [search, setSearch] = useSearchParams();
  const date = search.get('date');
  const state = useApi(() => fetchEligibility(uscc, date), [uscc, date], { seed: date ? undefined : eligibilityDataUrl(uscc) });
  const answer = state.data;
  const groups = useMemo(() => (answer ? groupPolicies(answer.policies) : null), [answer]);
  const totals = useMemo(() => (answer ? benefitTotals(answer.policies) : null), [answer]);
  // The policies the enterprise qualifies for are drawn first; the other sections right after, once
  // the first screenful is on screen (on a phone's slow CPU, drawing every line at once took seconds: bench/first-load.ts).
  const [allDrawn, setAllDrawn] = useState(false);
  useEffect(() => {
    if (answer && !allDrawn) startTransition(() => setAllDrawn(true));
  }, [answer, allDrawn]);
  const declaredMissing = useMemo(() => (answer ? [...new Set(answer.policies.flatMap((p) => p.missing.filter((m) => m.group === 'declared' || m.where?.kind === 'DECLARED').map((m) => m.name)))] : []), [answer]);

  const setDate = (next: string | null) => {
    const params = new URLSearchParams(search);
    if (next) params.set('date', next);
    else params.delete('date');
    setSearch(params);
  };

  return (
    <div data-testid="my-policies">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('policies.title')}</Typography.Title>
        <Space>
          <span>{t('policies.asOf')}</span>
          {/* The browser's own date field (a phone's date wheel); antd's DatePicker would add about 50 KB to the first load. */}
          <input
            type="date"
            className="app-date-input"
            aria-label={t('policies.asOf')}
            data-testid="policies-date"
            value={answer?.date ?? date ?? ''}
            onChange={(e) => e.target.value && setDate(e.target.value)}
          />
          {date && <Button onClick={() => setDate(null)}>{t('policies.today')}</Button>}
        </Space>
      </Space>
      {state.error ? <LoadFailure error={state.error} onRetry={state.reload} /> : null}
      {!answer && !state.error && <Skeleton active />}
      {answer && groups && (
        <>
          {answer.basis.note && <Note kind="info" testId="basis-note">{pick(answer.basis.note)}</Note>}
          {answer.jurisdiction.note && <Note kind="warning">{pick(answer.jurisdiction.note)}</Note>}
          <Typography.Paragraph type="secondary">{t('policies.basis', { year: answer.basis.fiscalYear, version: answer.basis.profileVersion })}</Typography.Paragraph>
          <SizeClassCard size={answer.sizeClass} date={answer.date} />
          <BenefitTotal cashFen={answer.summary.totalAmountFen} nonCash={totals?.nonCash ?? []} />
          {POLICY_SECTIONS.filter((s) => allDrawn || s === 'ELIGIBLE').map((s) => (
            <section key={s} data-testid={`section-${s}`} style={{ marginBottom: 24 }}>
              <Typography.Title level={4}>
                {t('policies.sectionCount', { label: t(`policies.section.${s}` as SectionKey), count: groups[s].length })}
              </Typography.Title>
              {groups[s].length === 0 ? <Typography.Text type="secondary">{t('policies.sectionEmpty')}</Typography.Text> : groups[s].map((p) => <PolicyLine key={p.policyId} policy={p} date={answer.date} />)}
            </section>
          ))}
          {allDrawn && (
            <WhenVisible id="declared-facts" minHeight={120}>
              <DeclaredFactsCard uscc={uscc} fiscalYear={answer.basis.fiscalYear} missing={declaredMissing} onSaved={state.reload} />
            </WhenVisible>
          )}
        </>
      )}
    </div>
  );
}
