import { App, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchReport, reportFileUrl, saveNarrative, type ReportSection } from './statistics-api';
import { statisticsMessages } from './statistics-messages';

function NarrativeEditor({ year, section, onSaved }: { year: number; section: ReportSection; onSaved: () => void }) {
  const t = useMessages(statisticsMessages);
  const { message } = App.useApp();
  const { language } = useI18n();
  const [text, setText] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const n = section.narrative!;
  if (text === null) {
    return (
      <Space direction="vertical">
        {n.updatedAt && <Typography.Text type="secondary">{t('stats.report.lastSaved', { time: formatTimestamp(n.updatedAt, language) })}</Typography.Text>}
        <Button onClick={() => setText(n.text)} data-testid={`edit-${section.key}`}>{t('stats.report.edit')}</Button>
      </Space>
    );
  }
  const save = async () => {
    setSaving(true);
    try {
      await saveNarrative(year, section.key, text, n.version);
      message.success(t('stats.report.saved'));
      setText(null);
      onSaved();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.TextArea rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('stats.report.placeholder')} maxLength={20_000} data-testid={`narrative-${section.key}`} />
      <Space>
        <Button type="primary" loading={saving} onClick={() => void save()} data-testid={`save-${section.key}`}>{t('stats.report.save')}</Button>
        <Button onClick={() => setText(null)}>{t('stats.report.cancel')}</Button>
      </Space>
    </Space>
  );
}

/** `/statistics/report`: the draft of the year's report (five sections), the narrative edited here, DOCX and PDF downloads. */
export function AnnualReportPage() {
  const t = useMessages(statisticsMessages);
  const years = useMemo(() => {
    const now = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    return [now - 1, now, now - 2, now - 3];
  }, []);
  const [year, setYear] = useState(years[0]!);
  const report = useApi(() => fetchReport(year), [year]);
  return (
    <div data-testid="statistics-report">
      <Typography.Title level={3}>{t('stats.report.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('stats.report.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('stats.report.year')}</span>
        <Select style={{ width: 120 }} aria-label={t('stats.report.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}` }))} data-testid="report-year" />
        <a href={reportFileUrl(year, 'docx')} download data-testid="download-docx"><Button>{t('stats.report.docx')}</Button></a>
        <a href={reportFileUrl(year, 'pdf')} download data-testid="download-pdf"><Button>{t('stats.report.pdf')}</Button></a>
      </Space>
      {report.error ? <LoadFailure error={report.error} onRetry={report.reload} /> : report.data && (
        <Card title={report.data.titleZh}>
          {report.data.sections.map((s) => (
            <section key={s.key} data-testid={`section-${s.key}`} style={{ marginBottom: 24 }}>
              <Typography.Title level={4}>{s.headingZh}</Typography.Title>
              {s.paragraphs.map((p, i) => <Typography.Paragraph key={i}>{p}</Typography.Paragraph>)}
              {s.tables.map((tb) => (
                <Table<string[]>
                  key={tb.captionZh}
                  title={() => tb.captionZh}
                  size="small"
                  pagination={false}
                  rowKey={(r) => r.join('|')}
                  dataSource={tb.rows}
                  columns={tb.headers.map((h, i) => ({ title: h, key: String(i), render: (_: unknown, r: string[]) => r[i] }))}
                  style={{ marginBottom: 12 }}
                />
              ))}
              {s.editable && s.narrative && <NarrativeEditor year={year} section={s} onSaved={report.reload} />}
            </section>
          ))}
        </Card>
      )}
    </div>
  );
}
