import { Card, Descriptions, Empty, Tag, Typography } from 'antd';
import { formatFenAsWanYuan } from '../../format/money';
import { formatTimestamp } from '../../format/timestamp';
import { useFormat } from '../../i18n/format-messages';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { districtText } from '../enterprise/labels';
import { TagList } from '../enterprise/TagList';
import type { ScopeData } from './credit-api';
import { creditMessages } from './credit-messages';

const FIELDS = ['name', 'registeredAddress', 'district', 'industryCode', 'registrationDate', 'taxpayerType', 'isIndividualBusiness', 'tags', 'employees', 'revenueFen', 'totalAssetsFen', 'rdExpenseFen', 'mainBusinessRevenueFen', 'rating', 'insuredEmployees',
  // PUBLIC_CREDIT_MARKS: a credit mark as last corrected, the flag while an objection is handled (art. 50 of the Shenzhen social-credit regulation) and what was supplemented
  'kind', 'finding', 'decidedOn', 'publicationEnd', 'objectionFlag', 'supplements'] as const;
type Field = (typeof FIELDS)[number];
const isField = (k: string): k is Field => (FIELDS as readonly string[]).includes(k);

/** One granted scope as the bank sees it: each value, and where it came from (which department, when; or self-declared). */
export function ScopeDataCard({ data }: { data: ScopeData }) {
  const t = useMessages(creditMessages);
  const i18n = useI18n();
  const fmt = useFormat();
  const { language, pick } = i18n;
  const show = (field: Field, v: unknown) => {
    if (v === null || v === undefined) return t('credit.data.none');
    if (field === 'tags') return <TagList tags={v as string[]} />;
    if (field === 'district') return districtText(v as { zh: string; en: string }, '', language);
    if (field === 'taxpayerType') return i18n.t(`taxpayer.${String(v)}` as MessageKey);
    if (field === 'isIndividualBusiness') return t(v ? 'credit.bool.yes' : 'credit.bool.no');
    if (field.endsWith('Fen')) return formatFenAsWanYuan(v as number);
    if (field === 'kind') return pick(v as { zh: string; en: string });
    if (field === 'objectionFlag') return <Tag color="gold" style={{ whiteSpace: 'normal' }} data-testid="objection-flag">{pick((v as { label: { zh: string; en: string } }).label)}</Tag>;
    if (field === 'supplements') return (v as { text: string }[]).length === 0 ? t('credit.data.none') : fmt.list((v as { text: string }[]).map((x) => x.text));
    return String(v);
  };
  return (
    <Card size="small" title={pick(data.label)} data-testid={`scope-data-${data.scope}`}>
      {!data.isHeld || !data.records || data.records.length === 0 ? <Empty description={t('credit.consent.notHeld')} /> : data.records.map((r, i) => (
        <div key={i} style={{ marginBottom: 12 }}>
          <Descriptions size="small" column={2} title={r.year !== null ? t('credit.data.year', { year: r.year }) : r.period !== null ? t('credit.data.period', { period: r.period }) : undefined}
            items={Object.entries(r.values).filter(([k]) => isField(k)).map(([k, v]) => ({ key: k, label: t(`credit.data.field.${k as Field}`), children: show(k as Field, v) }))} />
          <Typography.Text type="secondary" data-testid="scope-origin">{t('credit.data.source', { source: `${pick(r.origin.label)} · ${formatTimestamp(r.validFrom, language)}` })}</Typography.Text>
        </div>
      ))}
    </Card>
  );
}
