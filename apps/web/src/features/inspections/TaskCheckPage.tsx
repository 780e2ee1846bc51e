import { Alert, App, Button, Card, Descriptions, Input, List, Rate, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/error-message';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { checkTaskCode, complainTask, rateTask, type TaskView } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { useFormat } from '../../i18n/format-messages';
import { UnregisteredReportCard } from './UnregisteredReportCard';

/**
 * `/inspections/task` (enterprise users, phone first): 监督码 — the enterprise scans or pastes the
 * inspector's task code (or opens `?code=`), sees whether the task is registered or closed, who
 * inspects and on which article, rates anonymously once and complains in one step.
 */
export function TaskCheckPage() {
  const t = useMessages(inspectionsMessages);
  const { language } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [task, setTask] = useState<TaskView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [score, setScore] = useState(0);
  const [complaint, setComplaint] = useState('');

  const run = async (fn: () => Promise<TaskView>) => {
    setBusy(true);
    try {
      setTask(await fn());
      setFailure(null);
    } catch (e) {
      setFailure(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };
  const check = () => run(() => checkTaskCode(code));
  useEffect(() => {
    if (params.get('code')) void check();
    // Only the code in the address, once on opening.
  }, []);

  const complain = () =>
    run(async () => {
      const r = await complainTask(code, complaint);
      message.success(t('insp.task.complained', { no: r.trackingNumber }));
      return r.task;
    });

  return (
    <div data-testid="task-check" data-state={isBusy ? 'busy' : task ? task.status : failure ? 'refused' : 'empty'} style={{ maxWidth: 640 }}>
      <Typography.Title level={3}>{t('insp.task.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('insp.task.intro')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Input aria-label={t('insp.task.code')} placeholder={t('insp.task.code')} value={code} onChange={(e) => setCode(e.target.value)} onPressEnter={check} data-testid="task-code" />
        <Button type="primary" onClick={check} loading={isBusy} disabled={code.trim() === ''} data-testid="task-check-submit">{t('insp.task.check')}</Button>
      </Space.Compact>
      {failure && <Alert style={{ marginTop: 16 }} type="error" showIcon message={failure} data-testid="task-refused" />}
      {task && (
        <>
          <Card style={{ marginTop: 16 }} title={<Space wrap><span>{task.departmentName}</span><Tag color={task.status === 'CLOSED' ? 'default' : 'green'} data-testid="task-status">{task.statusLabel}</Tag></Space>}>
            <Descriptions column={1} size="small">
              {task.planTitle && <Descriptions.Item label={t('insp.task.plan')}>{task.planTitle}</Descriptions.Item>}
              {task.isEmergency && <Descriptions.Item label={t('insp.task.plan')}>{t('insp.task.emergency', { reason: task.emergencyReason ?? '' })}</Descriptions.Item>}
              <Descriptions.Item label={t('insp.task.registeredAt')}>{formatTimestamp(task.registeredAt, language)}</Descriptions.Item>
              {task.closedAt && <Descriptions.Item label={t('insp.task.closedAt')}>{formatTimestamp(task.closedAt, language)}</Descriptions.Item>}
              <Descriptions.Item label={t('insp.task.inspectors')}>
                <div>{task.inspectors.map((i) => <div key={`${i.name}-${i.certificateNo}`}>{f.withNote(i.name, t('insp.task.certificate', { no: i.certificateNo }))}</div>)}</div>
              </Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5}>{t('insp.task.items')}</Typography.Title>
            <List
              data-testid="task-basis"
              size="small"
              dataSource={task.items}
              renderItem={(i) => (
                <List.Item>
                  <div>
                    <Typography.Text strong>{i.name}</Typography.Text>{f.withNote('', i.methodLabel)}
                    {i.legalBasis.map((b) => <div key={b.citation}>{b.lawTitle ? f.lawCitation(b.lawTitle, b.citation) : b.citation}</div>)}
                  </div>
                </List.Item>
              )}
            />
          </Card>
          <Card style={{ marginTop: 16 }} title={t('insp.task.result')} data-testid="task-result" data-state={task.result ? (task.result.publishedAt ? 'published' : 'recorded') : 'none'}>
            {task.result ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('insp.result.outcome')}><Tag>{t(`insp.outcome.${task.result.outcome}`)}</Tag></Descriptions.Item>
                <Descriptions.Item label={t('insp.result.inspectedOn')}>{task.result.inspectedOn}</Descriptions.Item>
                <Descriptions.Item label={t('insp.result.summary')}>{task.result.summary}</Descriptions.Item>
                {task.result.penaltyStatus && <Descriptions.Item label={t('insp.result.penalty')}>{t(`insp.penalty.${task.result.penaltyStatus}`)}</Descriptions.Item>}
                <Descriptions.Item label={t('insp.col.status')}>{task.result.publishedAt ? t('insp.task.resultPublished') : t('insp.task.resultNotPublished')}</Descriptions.Item>
              </Descriptions>
            ) : <Typography.Text type="secondary">{t('insp.task.resultPending')}</Typography.Text>}
          </Card>
          <Card style={{ marginTop: 16 }} title={t('insp.task.rate')} data-testid="task-rate">
            {task.isRated ? <Typography.Text type="success">{t('insp.task.rated')}</Typography.Text> : (
              <>
                <Typography.Paragraph type="secondary">{t('insp.task.rateHelp')}</Typography.Paragraph>
                <Space wrap>
                  <Rate value={score} onChange={setScore} data-testid="task-rate-stars" />
                  <Button onClick={() => run(() => rateTask(code, score))} disabled={score === 0} loading={isBusy} data-testid="task-rate-submit">{t('insp.task.rateSubmit')}</Button>
                </Space>
              </>
            )}
          </Card>
          <Card style={{ marginTop: 16 }} title={t('insp.task.complain')} data-testid="task-complain">
            {task.complaintTrackingNumber ? <Typography.Text data-testid="task-complained">{t('insp.task.complained', { no: task.complaintTrackingNumber })}</Typography.Text> : (
              <>
                <Typography.Paragraph type="secondary">{t('insp.task.complainHelp')}</Typography.Paragraph>
                <Input.TextArea aria-label={t('insp.task.complainText')} placeholder={t('insp.task.complainText')} rows={3} maxLength={5000} value={complaint} onChange={(e) => setComplaint(e.target.value)} data-testid="task-complain-text" />
                <Button style={{ marginTop: 8 }} danger onClick={complain} disabled={complaint.trim() === ''} loading={isBusy} data-testid="task-complain-submit">{t('insp.task.complainSubmit')}</Button>
              </>
            )}
          </Card>
        </>
      )}
      <UnregisteredReportCard />
    </div>
  );
}
