import { Button, Popover, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useFormat } from '../../i18n/format-messages';
import type { InspectionResult } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';

const PUBLICATION_COLOR = { PUBLISHED: 'green', PENDING: 'blue', OVERDUE: 'red', DUE_UNKNOWN: 'orange' } as const;
const PENALTY_COLOR = { NO_PENALTY: 'green', MAY_WAIVE: 'cyan', PENALTY_NOT_EXCLUDED: 'default', UNKNOWN: 'orange' } as const;

/** A recorded result: outcome, publication state with its last day and source, and the 轻微免罚 answer with its explanation. */
export function ResultCell({ result, canPublish, onPublish }: { result: InspectionResult; canPublish: boolean; onPublish: () => void }) {
  const t = useMessages(inspectionsMessages);
  const { language } = useI18n();
  const f = useFormat();
  const p = result.penalty;
  return (
    <Space direction="vertical" size={2} data-testid={`result-${result.enterpriseName ?? ''}`} data-publication={result.publication}>
      <Space wrap size={4}>
        <Tag>{t(`insp.outcome.${result.outcome}`)}</Tag>
        <Tag color={PUBLICATION_COLOR[result.publication]}>{t(`insp.publication.${result.publication}`)}</Tag>
        {canPublish && result.publication !== 'PUBLISHED' && (
          <Button size="small" type="primary" onClick={onPublish} data-testid={`result-publish-${result.enterpriseName ?? ''}`}>{t('insp.result.publish')}</Button>
        )}
      </Space>
      {result.publication !== 'PUBLISHED' && result.publishDue && <Typography.Text type="secondary">{t('insp.result.due', { date: result.publishDue })}</Typography.Text>}
      {result.publishDueProblem && <Typography.Text type="warning">{t('insp.result.dueUnknown', { reason: result.publishDueProblem })}</Typography.Text>}
      {result.publicationBasis && result.publication !== 'PUBLISHED' && (
        <Typography.Text type="secondary">{t('insp.result.dueBasis', { n: result.publicationBasis.workingDays, basis: result.publicationBasis.citation })}</Typography.Text>
      )}
      {p && (
        <Popover
          title={p.entryName}
          content={
            <div style={{ maxWidth: 420 }} data-testid="penalty-explanation">
              <div>{p.firstViolation ? t('insp.result.firstViolation') : t('insp.result.notFirst')}</div>
              {p.explanation.map((x) => (
                <div key={x.outcome} style={{ marginTop: 6 }}>
                  <Typography.Text strong>{x.label[language]}</Typography.Text>
                  {f.withNote('', x.holds === true ? t('insp.result.holds') : x.holds === false ? t('insp.result.fails') : t('insp.result.undecided'))}
                  {x.cites.map((c) => <div key={c.citation}>{c.lawTitle ? f.lawCitation(c.lawTitle, c.citation) : c.citation}</div>)}
                </div>
              ))}
            </div>
          }
        >
          <Tag color={PENALTY_COLOR[p.status]} data-testid="penalty-status">{t('insp.result.penaltyTag', { status: t(`insp.penalty.${p.status}`) })}</Tag>
        </Popover>
      )}
    </Space>
  );
}
