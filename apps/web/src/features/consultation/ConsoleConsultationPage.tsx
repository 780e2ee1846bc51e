import { useState } from 'react';
import { App as AntApp, Button, Card, Input, Modal, Radio, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { CommentList } from './CommentList';
import { answerComment, endPeriod, fetchConsultation, hideComment, publishFeedback, publishRevised, type ConsultationAction, type ConsultationComment, type Outcome } from './consultation-api';
import { consultationMessages } from './consultation-messages';
import { consultationPath, reportPath } from './consultation-paths';

const OUTCOMES: Outcome[] = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'OUT_OF_SCOPE'];

/** The owner's handling of one consultation: hide with a reason, answer every opinion, end, publish the revised draft and the feedback. */
export function ConsoleConsultationPage() {
  const { id = '' } = useParams();
  const t = useMessages(consultationMessages);
  const { language, pick } = useI18n();
  const { message } = AntApp.useApp();
  const { data: c, error, reload } = useApi(() => fetchConsultation(id), [id]);
  const [dialog, setDialog] = useState<{ kind: 'hide' | 'answer'; comment: ConsultationComment } | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('ADOPTED');
  const [revised, setRevised] = useState('');
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      reload();
      return true;
    } catch (e) {
      message.error(errorMessage(e, language));
      return false;
    }
  };
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (!c) return <Skeleton active />;
  const can = (a: ConsultationAction) => c.actions.includes(a);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large" data-testid="console-consultation">
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>{c.title}</Typography.Title>
        <Tag data-testid="console-status">{pick(c.statusLabel)}</Tag>
        {c.status === 'PROCESSING' && <Tag color="orange" data-testid="console-unanswered">{t('c.handle.unanswered', { n: c.unansweredCount })}</Tag>}
        <Link to={consultationPath(c.consultationId)}>{t('c.list.title')}</Link>
        {c.status === 'CLOSED' && <Link to={reportPath(c.consultationId)}>{t('c.report')}</Link>}
      </Space>
      <Space wrap>
        <Typography.Text type="secondary">{t('c.period', { start: c.startDate, end: c.endDate, days: c.periodDays })}</Typography.Text>
        {c.isMinimumUnverified && <Tag color="gold" data-testid="console-minimum-unverified">{t('c.minimumUnverified', { days: c.minimumDays })}</Tag>}
        {typeof c.notifiedEnterprises === 'number' && <Tag color="blue" data-testid="console-notified">{t('c.notified', { n: c.notifiedEnterprises })}</Tag>}
      </Space>
      <Space wrap>
        {can('PERIOD_ENDED') && <Button onClick={() => run(() => endPeriod(c.consultationId))} data-testid="console-end">{t('c.handle.end')}</Button>}
        {can('FEEDBACK_PUBLISHED') && <Button type="primary" onClick={() => run(() => publishFeedback(c.consultationId))} data-testid="console-publish">{t('c.handle.publish')}</Button>}
      </Space>
      {can('REVISED_DRAFT_LINKED') && (
        <Card title={t('c.handle.revised')}>
          <Input.TextArea rows={6} value={revised} onChange={(e) => setRevised(e.target.value)} data-testid="console-revised-text" />
          <Button style={{ marginTop: 8 }} disabled={!revised.trim()} onClick={() => run(() => publishRevised(c.consultationId, revised))} data-testid="console-revised-submit">{t('c.handle.revised')}</Button>
        </Card>
      )}
      <Card title={t('c.comments')}>
        <CommentList consultationId={c.consultationId} comments={c.comments.filter((x) => !x.isWithdrawn)} actions={(x) => (
          <Space>
            {can('COMMENT_HIDDEN') && !x.hidden && <Button size="small" danger onClick={() => { setReason(''); setDialog({ kind: 'hide', comment: x }); }} data-testid="console-hide">{t('c.handle.hide')}</Button>}
            {can('OPINION_ANSWERED') && !x.hidden && (x.opinion?.isLead ?? true) && <Button size="small" type="primary" onClick={() => { setReason(x.answer?.reason ?? ''); setOutcome(x.answer?.outcome ?? 'ADOPTED'); setDialog({ kind: 'answer', comment: x }); }} data-testid={x.answer ? 'console-reanswer' : 'console-answer'}>{t('c.handle.answer')}</Button>}
          </Space>
        )} />
      </Card>
      <Modal open={dialog !== null} title={dialog?.kind === 'hide' ? t('c.handle.hide') : t('c.handle.answer')} okButtonProps={{ disabled: !reason.trim(), ...({ 'data-testid': 'console-dialog-ok' } as object) }} onCancel={() => setDialog(null)}
        onOk={async () => {
          if (!dialog) return;
          const ok = await run(() => (dialog.kind === 'hide' ? hideComment(c.consultationId, dialog.comment.commentId, reason) : answerComment(c.consultationId, dialog.comment.commentId, outcome, reason)));
          if (ok) setDialog(null);
        }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {dialog?.kind === 'answer' && (
            <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)} optionType="button" data-testid="console-outcome">
              {OUTCOMES.map((o) => <Radio.Button key={o} value={o} data-testid={`console-outcome-${o}`}>{t(`c.outcome.${o}`)}</Radio.Button>)}
            </Radio.Group>
          )}
          <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={dialog?.kind === 'hide' ? t('c.handle.hideReason') : t('c.handle.reason')} data-testid="console-reason" />
        </Space>
      </Modal>
    </Space>
  );
}
