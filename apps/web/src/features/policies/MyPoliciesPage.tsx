import { useMemo } from 'react';
import { Alert, Button, Empty, Skeleton, Space, Statistic, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useApi } from '../../api/use-api';
import { formatFenAsYuan } from '../../format/money';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { lazyPage } from '../../app/lazy-page';
import { WhenVisible } from '../../app/WhenVisible';
import { PolicyLine } from './PolicyLine';
import { SizeClassCard } from './SizeClassCard';
import { fetchEligibility } from './policies-api';
import { groupPolicies, POLICY_SECTIONS } from './policy-groups';
import { policiesMessages } from './policies-messages';

// The form at the end of the page (antd's Form, Select, Switch, Input and App) loads when it comes into view.
const DeclaredFactsCard = lazyPage(() => import('./DeclaredFactsCard'), 'DeclaredFactsCard');

type SectionKey = 'policies.section.ELIGIBLE' | 'policies.section.INELIGIBLE' | 'policies.section.UNKNOWN' | 'policies.section.NOT_IN_FORCE';

/** `/me/policies` (我的政策): the signed-in enterprise's size class and every policy of its jurisdiction, as of a date. */
export function MyPoliciesPage() {
  const { me } = useAuth();
  const t = useMessages(policiesMessages);
  if (!me?.uscc) return <Alert type="info" showIcon title={t('policies.notLinked')} />;
  return <EnterprisePolicies uscc={me.uscc} />;
}

export function EnterprisePolicies({ uscc }: { uscc: string }) {
  const { pick } = useI18n();
  const t = useMessages(policiesMessages);
  const [search, setSearch] = useSearchParams();
  const date = search.get('date');
  const state = useApi(() => fetchEligibility(uscc, date), [uscc, date]);
  const answer = state.data;
  const groups = useMemo(() => (answer ? groupPolicies(answer.policies) : null), [answer]);
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
          {answer.basis.note && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={pick(answer.basis.note)} data-testid="basis-note" />}
          {answer.jurisdiction.note && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={pick(answer.jurisdiction.note)} />}
          <Typography.Paragraph type="secondary">{t('policies.basis', { year: answer.basis.fiscalYear, version: answer.basis.profileVersion })}</Typography.Paragraph>
          <SizeClassCard size={answer.sizeClass} date={answer.date} />
          <Statistic title={t('policies.totalAmount')} value={t('policies.yuanAmount', { amount: formatFenAsYuan(answer.summary.totalAmountFen) })} style={{ marginBottom: 16 }} />
          {POLICY_SECTIONS.map((s) => (
            <section key={s} data-testid={`section-${s}`} style={{ marginBottom: 24 }}>
              <Typography.Title level={4}>
                {t('policies.sectionCount', { label: t(`policies.section.${s}` as SectionKey), count: groups[s].length })}
              </Typography.Title>
              {groups[s].length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.sectionEmpty')} /> : groups[s].map((p) => <PolicyLine key={p.policyId} policy={p} date={answer.date} />)}
            </section>
          ))}
          <WhenVisible id="declared-facts" minHeight={120}>
            <DeclaredFactsCard uscc={uscc} fiscalYear={answer.basis.fiscalYear} missing={declaredMissing} onSaved={state.reload} />
          </WhenVisible>
        </>
      )}
    </div>
  );
}
