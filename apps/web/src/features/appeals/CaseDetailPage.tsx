import { Alert, Card, Descriptions, Result, Space, Steps, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { formatFenAsYuan } from '../../format/money';
import { formatTimestamp } from '../../format/timestamp';
import type { BilingualText } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { ActionPanel } from './ActionPanel';
import { attachmentUrl, fetchCase, fetchReference, type CaseView, type Warning } from './appeals-api';
import { appealsMessages } from './appeals-messages';

/** The main stages shown as steps, in order (the server says which one a case is at); the timeline below lists every action with its date. */
const STAGES = ['SUBMITTED', 'HANDLING', 'ANSWERED', 'CLOSED'] as const satisfies readonly CaseView['stage'][];

/** 诉求详情: status, time limits with their source, clock pauses, arrears terms, timeline and the viewer's next steps. */
export function CaseDetailPage() {
  const { trackingNumber = '' } = useParams();
  const state = useApi(() => fetchCase(trackingNumber), [trackingNumber]);
  const reference = useApi(fetchReference, []);
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const [gone, setGone] = useState(false);
  const t = useMessages(appealsMessages);
  if (gone) return <Result status="info" title={t('appeals.detail.returnedAway')} data-testid="case-gone" />;
  if (state.error) return <LoadFailure error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Card loading />;
  return (
    <CaseDetail
      view={state.data.case}
      departments={state.data.departments}
      warnings={warnings}
      actions={
        <ActionPanel
          view={state.data.case}
          departments={state.data.departments}
          reference={reference.data}
          onDone={(next, w) => {
            setWarnings(w);
            if (next === null) setGone(true);
            else state.reload();
          }}
        />
      }
    />
  );
}

/** Attachments as downloads (the server serves them only to those who may see the case, always as a download). */
function AttachmentLinks({ attachments, testId }: { attachments: { id: string; name: string }[]; testId: string }) {
  if (attachments.length === 0) return null;
  return (
    <ul data-testid={testId}>
      {attachments.map((a) => <li key={a.id}>{a.id.startsWith('att-') ? <a href={attachmentUrl(a.id)} download>{a.name}</a> : a.name}</li>)}
    </ul>
  );
}

function CaseDetail({ view, departments, warnings, actions }: { view: CaseView; departments: Record<string, BilingualText>; warnings: Warning[]; actions: React.ReactNode }) {
  const { pick, language } = useI18n();
  const t = useMessages(appealsMessages);
  const dept = (id: string | null) => (id ? (departments[id] ? pick(departments[id]) : id) : '—');
  const ts = (iso: string) => formatTimestamp(iso, language);
  // Final (no further action) as the server says: 办结 ends well, 不予受理 and 撤回 end without an answer.
  const isFinal = view.isFinal;
  const endedWithoutAnswer = isFinal && view.status !== 'CLOSED';
  return (
    <div data-testid="case-detail">
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{view.title}</Typography.Title>
        <Tag color={view.status === 'CLOSED' ? 'green' : isFinal ? 'default' : 'blue'} data-testid="case-status" data-status={view.status}>{pick(view.statusLabel)}</Tag>
        {view.pauses.some((p) => p.until === null) && <Tag color="orange">{t('appeals.paused')}</Tag>}
      </Space>
      <Steps
        size="small"
        style={{ marginBottom: 16 }}
        current={STAGES.indexOf(view.stage)}
        status={endedWithoutAnswer ? 'error' : isFinal ? 'finish' : 'process'}
        items={STAGES.map((s) => ({ title: t(`appeals.stage.${s}`) }))}
      />
      {warnings.map((w) => <Alert key={w.code} type="warning" showIcon title={pick(w.message)} style={{ marginBottom: 12 }} />)}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('appeals.col.trackingNumber')}><span data-testid="case-tracking-number">{view.trackingNumber}</span></Descriptions.Item>
          <Descriptions.Item label={t('appeals.col.type')}>{pick(view.typeLabel)}</Descriptions.Item>
          <Descriptions.Item label={t('appeals.detail.reporter')}>
            <span data-testid="case-reporter">{view.reporter ? [view.reporter.enterpriseName, view.reporter.contactName, view.reporter.contactPhone].filter(Boolean).join(' · ') : t('appeals.detail.hiddenReporter')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('appeals.col.submittedAt')}>{ts(view.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('appeals.detail.owner')}>{dept(view.owner)}</Descriptions.Item>
          <Descriptions.Item label={t('appeals.detail.lead')}><span data-testid="case-lead">{dept(view.lead)}</span></Descriptions.Item>
          {view.coHandlers.length > 0 && <Descriptions.Item label={t('appeals.detail.coHandlers')}>{view.coHandlers.map(dept).join(', ')}</Descriptions.Item>}
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{view.description}</Typography.Paragraph>
        {view.attachments.length > 0 && (
          <div>
            <Typography.Text strong>{t('appeals.detail.attachments')}</Typography.Text>
            <AttachmentLinks attachments={view.attachments} testId="case-attachments" />
          </div>
        )}
      </Card>

      <Card size="small" title={t('appeals.detail.deadlines')} style={{ marginBottom: 16 }} data-testid="case-deadlines">
        {view.deadlines.map((d) => (
          <div key={d.clock} data-testid={`deadline-${d.clock}`} style={{ marginBottom: 6 }}>
            <Space wrap>
              <Typography.Text strong>{t(`appeals.detail.clock.${d.clock}`)}</Typography.Text>
              {d.due ? <span data-testid={`deadline-${d.clock}-due`}>{t('appeals.detail.due', { date: d.dueAt ? ts(d.dueAt) : d.due })}</span> : <Typography.Text type="warning">{d.problem ? pick(d.problem.message) : t('appeals.detail.dueUnknown')}</Typography.Text>}
              {d.isMet && <Tag color="green">{t('appeals.detail.met')}</Tag>}
              {d.extension && <Tag color="blue" data-testid={`deadline-${d.clock}-extension`}>{t('appeals.detail.extensionApproved', { date: d.extension.approvedDue, on: d.extension.approvedOn })}</Tag>}
              {d.source.verification === 'UNVERIFIED' && <Tag color="orange">{t('appeals.detail.unverified')}</Tag>}
              <Typography.Text type="secondary">{d.source.title}{d.source.provision ?? ''}</Typography.Text>
            </Space>
          </div>
        ))}
        {view.pendingExtension && (
          <div data-testid="case-pending-extension" style={{ marginBottom: 6 }}>
            <Typography.Text type="warning">{t('appeals.detail.extensionRequested', { date: view.pendingExtension.requestedDue, at: ts(view.pendingExtension.requestedAt) })}</Typography.Text>
            {view.pendingExtension.reason && <Typography.Text type="secondary">{` · ${view.pendingExtension.reason}`}</Typography.Text>}
          </div>
        )}
        {view.pauses.length > 0 && (
          <div data-testid="case-pauses">
            <Typography.Text strong>{t('appeals.detail.pauses')}</Typography.Text>
            <ul>{view.pauses.map((p) => <li key={p.from + p.items}>{p.until ? t('appeals.detail.pauseEnded', { from: p.from, until: p.until, items: p.items }) : t('appeals.detail.pause', { from: p.from, items: p.items })}</li>)}</ul>
          </div>
        )}
      </Card>

      {view.arrears?.terms && (
        <Card size="small" title={t('appeals.arrears.title')} style={{ marginBottom: 16 }} data-testid="case-arrears">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('appeals.arrears.dueDate')}><span data-testid="case-arrears-due">{view.arrears.terms.dueDate}</span></Descriptions.Item>
            <Descriptions.Item label={t('appeals.arrears.outstanding')}>{formatFenAsYuan(view.arrears.terms.outstandingFen)}</Descriptions.Item>
            <Descriptions.Item label={t('appeals.arrears.interest', { date: view.arrears.terms.asOf })}><span data-testid="case-arrears-interest">{formatFenAsYuan(view.arrears.terms.interestFen)}</span></Descriptions.Item>
            <Descriptions.Item label={t('appeals.arrears.basis')}>{view.arrears.terms.basis.join(' · ')}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}

      <Card size="small" title={t('appeals.detail.actions')} style={{ marginBottom: 16 }}>{actions}</Card>

      <Card size="small" title={t('appeals.detail.timeline')}>
        <Timeline
          data-testid="case-timeline"
          items={view.timeline.map((e, i) => ({
            key: `${e.at}-${i}`,
            content: (
              <div data-testid={`timeline-${e.type}`}>
                <Typography.Text strong>{pick(e.label)}</Typography.Text> <Typography.Text type="secondary">{ts(e.at)}{e.byDepartment ? ` · ${dept(e.byDepartment)}` : ''}</Typography.Text>
                {e.text && <div style={{ whiteSpace: 'pre-wrap' }}>{e.text}</div>}
                {e.type === 'ANSWERED' && <AttachmentLinks attachments={view.answers.find((a) => a.at === e.at)?.attachments ?? []} testId="answer-attachments" />}
              </div>
            ),
          }))}
        />
      </Card>
    </div>
  );
}
