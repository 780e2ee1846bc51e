import { Descriptions, Tag, Typography } from 'antd';
import { useFormat } from '../../i18n/format-messages';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { MarkView } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

/** One mark in plain words: what it is, what was found, the period with its articles, the basis and the enterprise's rights. */
export function MarkDetails({ mark }: { mark: MarkView }) {
  const t = useMessages(publicCreditMessages);
  const { pick, language } = useI18n();
  const fmt = useFormat();
  const cite = (a: { lawTitle: string; citation: string }) => fmt.lawCitation(a.lawTitle, a.citation);
  const b = mark.periodBasis;
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('pc.col.status')}><Tag color={mark.state === 'PUBLISHED' ? 'red' : 'default'}>{pick(mark.stateLabel)}</Tag></Descriptions.Item>
      {mark.objectionFlag && <Descriptions.Item label={t('pc.mark.flag')}><Tag color="gold" style={{ whiteSpace: 'normal' }} data-testid="objection-flag">{fmt.withNote(pick(mark.objectionFlag.label), cite(mark.objectionFlag.article))}</Tag></Descriptions.Item>}
      <Descriptions.Item label={t('pc.mark.what')}>{pick(mark.explanation)}</Descriptions.Item>
      <Descriptions.Item label={t('pc.mark.finding')}>{mark.finding}</Descriptions.Item>
      {mark.versions.length > 1 && (
        <Descriptions.Item label={t('pc.mark.versions')}>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {mark.versions.map((v) => (
              <li key={v.version}>
                {t('pc.mark.versionLine', { version: v.version, from: v.recordedAt ? formatTimestamp(v.recordedAt, language) : '—', subject: v.subjectName, finding: v.finding })}
                {v.isCurrent ? <Tag style={{ marginInlineStart: 8 }}>{t('pc.mark.versionCurrent')}</Tag> : null}
              </li>
            ))}
          </ul>
        </Descriptions.Item>
      )}
      {mark.supplements.length > 0 && (
        <Descriptions.Item label={t('pc.mark.supplements')}>
          {mark.supplements.map((x) => <div key={x.at} data-testid="mark-supplement">{fmt.withNote(x.text, cite(x.article))}</div>)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('pc.mark.source')}>{fmt.clauses([pick(mark.source), ...(mark.departmentName ? [mark.departmentName] : [])])}</Descriptions.Item>
      <Descriptions.Item label={t('pc.mark.publication')}>{fmt.clauses([mark.isPublic ? t('pc.yes') : t('pc.no'), mark.publicationReason])}</Descriptions.Item>
      <Descriptions.Item label={t('pc.mark.period')}>
        <div>{t('pc.mark.periodValue', { start: mark.period.start, end: mark.period.end, minimumEnd: mark.period.minimumEnd })}</div>
        <Typography.Text type="secondary">
          {t('pc.mark.periodBasis', { min: b.minimumMonths, max: b.maximumMonths, minArticle: cite(b.minimumArticle), maxArticle: cite(b.maximumArticle) })}
          {b.note ? ` ${pick(b.note)}` : ''}
        </Typography.Text>
        {mark.repairedOn && <div>{t('pc.mark.repairedOn', { date: mark.repairedOn })}</div>}
      </Descriptions.Item>
      <Descriptions.Item label={t('pc.mark.recordBasis')}>{fmt.clauses(mark.recordBasis.map(cite))}</Descriptions.Item>
      <Descriptions.Item label={t('pc.mark.remedies')}>
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {mark.remedies.map((r) => <li key={r.article.citation}>{fmt.withNote(pick(r.text), cite(r.article))}</li>)}
        </ul>
      </Descriptions.Item>
    </Descriptions>
  );
}
