import { App, Button, Card, InputNumber, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ConfirmedButton } from '../../app/ConfirmedButton';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import { publishMonth, saveReleaseDay, type ReleaseSummary } from './statistics-api';
import { statisticsMessages } from './statistics-messages';
import { recentMonths } from './stat-values';

/**
 * The SME bureau's publication controls on the public statistics page: publish a month that has
 * ended by hand (once; a published month is marked and cannot be chosen), and the day of the month
 * on which the previous month is published automatically.
 */
export function ReleaseAdminCard({ releases, releaseDay, onChanged }: { releases: ReleaseSummary[]; releaseDay: number; onChanged: (published: string | null) => void }) {
  const t = useMessages(statisticsMessages);
  const fmt = useFormat();
  const { message } = App.useApp();
  const months = useMemo(() => recentMonths(new Date()), []);
  const published = new Set(releases.map((r) => r.month));
  const [month, setMonth] = useState<string | null>(null);
  const [day, setDay] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const publish = async () => {
    if (!month) return;
    setBusy(true);
    try {
      const r = await publishMonth(month);
      message.success(t(r.created ? 'stats.publish.created' : 'stats.publish.existed', { month }));
      setMonth(null);
      onChanged(month);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const saveDay = async () => {
    if (day === null) return;
    try {
      await saveReleaseDay(day);
      message.success(t('stats.publish.daySaved'));
      setDay(null);
      onChanged(null);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('stats.publish.title')} data-testid="release-admin">
      <Typography.Paragraph type="secondary">{t('stats.publish.intro')}</Typography.Paragraph>
      <Space wrap>
        <span>{t('stats.publish.month')}</span>
        <Select
          style={{ width: 180 }}
          aria-label={t('stats.publish.month')}
          value={month}
          onChange={setMonth}
          data-testid="publish-month"
          options={months.map((m) => ({ value: m, label: published.has(m) ? `${m}${t('stats.publish.done')}` : m, disabled: published.has(m) }))}
        />
        <ConfirmedButton testId="publish-release" type="primary" loading={busy} disabled={!month} question={t('stats.publish.question', { month: month ?? '' })} onConfirm={() => void publish()}>
          {t('stats.publish.button')}
        </ConfirmedButton>
        <span>{fmt.withNote(t('stats.publish.day'), '1–28')}</span>
        <InputNumber aria-label={t('stats.publish.day')} min={1} max={28} precision={0} value={day ?? releaseDay} onChange={(v) => setDay(typeof v === 'number' ? v : null)} data-testid="release-day" />
        <Button onClick={() => void saveDay()} disabled={day === null || day === releaseDay} data-testid="save-release-day">{t('stats.publish.saveDay')}</Button>
      </Space>
    </Card>
  );
}
