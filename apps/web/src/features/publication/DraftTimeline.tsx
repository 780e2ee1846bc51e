import { Empty, Timeline, Typography } from 'antd';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { DraftActionEntry } from './publication-api';
import { publicationMessages, type PublicationMessageKey } from './publication-messages';

const COLORS: Partial<Record<DraftActionEntry['action'], string>> = { PUBLISHED: 'green', RETURNED: 'orange', WITHDRAWN: 'red', AMENDED: 'gray' };

/** The form label of each content field an edit may change (the server lists the changed ones by name). */
const FIELD_LABELS: Record<string, PublicationMessageKey> = {
  titleZh: 'publication.form.titleZh',
  titleEn: 'publication.form.titleEn',
  summaryZh: 'publication.form.summaryZh',
  summaryEn: 'publication.form.summaryEn',
  jurisdiction: 'publication.form.jurisdiction',
  effectiveFrom: 'publication.form.effectiveFrom',
  effectiveUntil: 'publication.form.effectiveUntil',
  channel: 'publication.form.channel',
  topics: 'publication.form.topics',
  conditions: 'publication.form.conditions',
  amount: 'publication.form.amount',
};

/** 操作记录: every lifecycle step of a version, who took it, when, and its note. */
export function DraftTimeline({ actions, myId, names }: { actions: readonly DraftActionEntry[]; myId: string | undefined; names: ReadonlyMap<string, string> }) {
  const t = useMessages(publicationMessages);
  const { language } = useI18n();
  if (actions.length === 0) return <Empty description={t('publication.history.empty')} />;
  const who = (id: string) => (id === myId ? t('publication.history.you') : (names.get(id) ?? id));
  const fields = (note: string) => note.split(',').filter(Boolean).map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f)).join(t('publication.history.separator'));
  return (
    <Timeline
      data-testid="draft-timeline"
      items={actions.map((a) => ({
        key: a.id,
        color: COLORS[a.action] ?? 'blue',
        content: (
          <div data-testid={`history-${a.action}`}>
            <Typography.Text strong>{t(`publication.history.${a.action}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatTimestamp(a.at, language)} · {t('publication.history.actor', { user: who(a.actorUserId) })}</Typography.Text>
            {a.note && (
              <div style={{ whiteSpace: 'pre-wrap' }} data-testid="history-note">
                {a.action === 'EDITED' ? t('publication.history.changed', { fields: fields(a.note) }) : a.note}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
