import { Button, Card, List, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchReport, type ReportCounts } from './consultation-api';
import { consultationMessages } from './consultation-messages';
import { useFormat } from '../../i18n/format-messages';

interface Row extends ReportCounts { key: string; label: string; children?: Row[] }

/** 采纳情况反馈: counts per chapter and article, every opinion with its answer, and the 修改对照 linked to the opinions. */
export function ConsultationReportPage() {
  const { id = '' } = useParams();
  const t = useMessages(consultationMessages);
  const f = useFormat();
  const { data: r, error, reload } = useApi(() => fetchReport(id), [id]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (!r) return <Skeleton active />;
  const rows: Row[] = [
    { key: 'whole', label: t('c.whole'), ...r.wholeDraft },
    ...r.chapters.filter((c) => c.received > 0).map((c) => ({ key: c.eid ?? c.title, label: c.title, ...c, children: c.articles.filter((a) => a.received > 0).map((a) => ({ key: a.eid, label: f.articleHeading(a.num, a.heading), ...a })) })),
  ];
  const n = (k: keyof ReportCounts['outcomes']) => (x: Row) => x.outcomes[k];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large" data-testid="consultation-report">
      <Typography.Title level={3}>{r.title} · {t('c.report')}</Typography.Title>
      <Typography.Paragraph data-testid="report-summary">
        {t('c.report.summary', { received: r.totals.received, opinions: r.totals.opinions, a: r.totals.outcomes.ADOPTED, p: r.totals.outcomes.PARTLY_ADOPTED, n: r.totals.outcomes.NOT_ADOPTED, o: r.totals.outcomes.OUT_OF_SCOPE, h: r.totals.hidden })}
      </Typography.Paragraph>
      <Space>
        <a href={`/api/consultations/${encodeURIComponent(id)}/report.html`} target="_blank" rel="noreferrer"><Button>{t('c.report.html')}</Button></a>
        <a href={`/api/consultations/${encodeURIComponent(id)}/report.pdf`}><Button>{t('c.report.pdf')}</Button></a>
      </Space>
      <Card title={t('c.report.byArticle')}>
        <Table<Row> size="small" pagination={false} dataSource={rows} expandable={{ defaultExpandAllRows: true }} scroll={{ x: true }}
          columns={[
            { title: t('c.col.title'), dataIndex: 'label' },
            { title: t('c.col.comments'), dataIndex: 'received' },
            { title: t('c.outcome.ADOPTED'), render: (_, x) => n('ADOPTED')(x) },
            { title: t('c.outcome.PARTLY_ADOPTED'), render: (_, x) => n('PARTLY_ADOPTED')(x) },
            { title: t('c.outcome.NOT_ADOPTED'), render: (_, x) => n('NOT_ADOPTED')(x) },
            { title: t('c.outcome.OUT_OF_SCOPE'), render: (_, x) => n('OUT_OF_SCOPE')(x) },
          ]} />
      </Card>
      <Card title={t('c.report.opinions')}>
        <List dataSource={r.opinions} renderItem={(o) => (
          <List.Item key={o.leadId} id={`opinion-${o.leadId}`} data-testid={`opinion-${o.leadId}`}>
            <Space direction="vertical" size={2}>
              <Space wrap><Tag color="blue">{o.citation}</Tag>{o.author && <Typography.Text type="secondary">{o.author}</Typography.Text>}{o.supporters > 1 && <Tag color="purple">{t('c.supporters', { n: o.supporters })}</Tag>}</Space>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{o.text}</Typography.Text>
              {o.proposedWording && <Typography.Text type="secondary">{t('c.proposed')}{o.proposedWording}</Typography.Text>}
              {o.answer && <Typography.Text><Tag>{t(`c.outcome.${o.answer.outcome}`)}</Tag>{o.answer.reason}</Typography.Text>}
            </Space>
          </List.Item>
        )} />
      </Card>
      {r.comparison.length > 0 && (
        <Card title={t('c.report.comparison')} data-testid="report-comparison">
          <List dataSource={r.comparison} renderItem={(p, i) => (
            <List.Item key={i} data-testid={`change-${p.new?.eid ?? p.old?.eid}`}>
              <Space direction="vertical" size={2}>
                <Space><Tag>{t(`c.kind.${p.kind as 'modified'}`)}</Tag><Typography.Text strong>{p.new?.num ?? p.old?.num}</Typography.Text></Space>
                {p.commentIds.length > 0 && (
                  <Typography.Text>{t('c.report.fromOpinions')}{p.commentIds.map((cid, k) => <a key={cid} href={`#opinion-${cid}`} style={{ marginRight: 8 }} data-testid="change-opinion-link">{k + 1}</a>)}</Typography.Text>
                )}
              </Space>
            </List.Item>
          )} />
        </Card>
      )}
    </Space>
  );
}
