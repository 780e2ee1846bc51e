import { Alert, App, Button, Card, Descriptions, Input, List, Space, Spin, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { formatFenAsYuan, parseYuanToFen } from '../../format/money';
import { LoadFailure } from '../errors/LoadFailure';
import { actOn, fetchCase, uploadAttachment, type CaseAction, type CaseDetail } from './benefits-api';
import type { BenefitsMessageKey } from './benefits-messages';
import { useBenefitsText } from './use-benefits-text';
import { Citation } from '../policies/Citation';

function toBase64(buffer: ArrayBuffer): string {
  let s = '';
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** One case: progress with dates (受理、审核、公示、拨付), amount, the rule explanation with its articles, log, attachments and my next actions. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t, pick, errorText } = useBenefitsText();
  const { message } = App.useApp();
  const { data, error, reload } = useApi(() => fetchCase(id), [id]);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [article, setArticle] = useState('');
  const [amount, setAmount] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [account, setAccount] = useState({ accountName: '', accountNumber: '', bankName: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (!data) return <Spin />;
  const c: CaseDetail = data;
  const run = async (action: CaseAction['action']) => {
    setBusy(true);
    setFailure(null);
    const body: CaseAction = { action };
    if (note) body.note = note;
    if (action === 'REJECT') (body.reason = { zh: reason, en: reason }), (body.article = article || null);
    if (action === 'APPROVE' && amount.trim()) {
      const parsed = parseYuanToFen(amount);
      if (parsed.ok) body.amountFen = parsed.fen;
      body.overrideReason = overrideReason || null;
    }
    if (action === 'CONFIRM') body.account = { ...account, accountName: account.accountName || c.enterpriseName };
    try {
      await actOn(c.id, body);
      void message.success(t('benefits.case.done'));
      setNote('');
      reload();
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const canUpload = c.actions.includes('SUBMIT_CORRECTION') || c.actions.includes('WITHDRAW');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('benefits.case.title')} {c.trackingNumber}</Typography.Title>
      <Card>
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t('benefits.col.enterprise')}>{c.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('benefits.col.policy')}>{c.policyId}</Descriptions.Item>
          <Descriptions.Item label={t('benefits.col.status')}><Tag color="blue" data-testid="detail-status">{pick(c.statusLabel)}</Tag></Descriptions.Item>
          <Descriptions.Item label={t('benefits.col.amount')}><span data-testid="detail-amount">{c.amountFen === null ? '—' : formatFenAsYuan(c.amountFen)}</span></Descriptions.Item>
          <Descriptions.Item label={t('benefits.col.computed')}>{c.evaluation.amountFen === null ? '—' : formatFenAsYuan(c.evaluation.amountFen)}</Descriptions.Item>
          <Descriptions.Item label={t('benefits.col.due')}>{c.dueOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('benefits.case.dates')}>
        <Descriptions column={5} size="small" data-testid="stage-dates">
          <Descriptions.Item label={t('benefits.case.submitted')}>{c.dates.submittedOn ?? c.dates.listedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('benefits.case.accepted')}>{c.dates.acceptedOn ?? c.dates.confirmedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('benefits.case.decided')}>{c.dates.decidedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('benefits.case.notice')}>{c.dates.noticeUntil ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('benefits.case.paid')}><span data-testid="paid-on">{c.dates.paidOn ?? '—'}</span></Descriptions.Item>
        </Descriptions>
      </Card>
      {c.rejection && (
        <Alert type="warning" data-testid="rejection" message={t('benefits.case.rejection')} description={<>{pick(c.rejection.reason)}{c.rejection.article && <div>{t('benefits.case.article')}: {c.rejection.article}</div>}</>} />
      )}
      <Card title={t('benefits.case.explanation')}>
        <List size="small" dataSource={c.evaluation.reasons} renderItem={(r) => <List.Item>{pick(r)}</List.Item>} data-testid="rule-reasons" />
        {c.evaluation.dateNote && <Typography.Paragraph type="secondary">{pick(c.evaluation.dateNote)}</Typography.Paragraph>}
        <div data-testid="rule-citations">
          {c.evaluation.citations.map((x) => <Citation key={x.address} cite={x} compact />)}
        </div>
      </Card>
      {c.corrections.length > 0 && (
        <Card title={t('benefits.case.corrections')}>
          <List size="small" dataSource={c.corrections} renderItem={(x) => <List.Item>{x.requestedOn}: {x.note}{x.answer ? ` → ${x.answeredOn}: ${x.answer}` : ''}</List.Item>} />
        </Card>
      )}
      <Card title={t('benefits.case.attachments')}>
        <List size="small" dataSource={c.attachments} renderItem={(a) => <List.Item><a href={`/api/benefits/applications/${c.id}/attachments/${a.id}`}>{a.fileName}</a></List.Item>} />
        {canUpload && (
          <Upload
            accept=".pdf,.png,.jpg,.jpeg" showUploadList={false}
            beforeUpload={(file) => {
              void file.arrayBuffer().then((buf) => uploadAttachment(c.id, { fileName: file.name, contentType: file.type, contentBase64: toBase64(buf) })).then(() => reload(), (e: unknown) => setFailure(errorText(e)));
              return false;
            }}
          >
            <Button data-testid="upload">{t('benefits.case.upload')}</Button>
          </Upload>
        )}
      </Card>
      {c.actions.length > 0 && (
        <Card data-testid="case-actions">
          <Space direction="vertical" style={{ width: '100%' }}>
            {c.actions.some((a) => ['REQUEST_CORRECTION', 'SUBMIT_CORRECTION', 'WITHDRAW'].includes(a)) && <Input.TextArea placeholder={t('benefits.case.note')} value={note} onChange={(e) => setNote(e.target.value)} data-testid="action-note" />}
            {c.actions.includes('APPROVE') && (
              <Space>
                <Input placeholder={t('benefits.case.amountOverride')} value={amount} onChange={(e) => setAmount(e.target.value)} style={{ width: 280 }} data-testid="override-amount" />
                <Input placeholder={t('benefits.case.overrideReason')} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} style={{ width: 320 }} />
              </Space>
            )}
            {c.actions.includes('REJECT') && (
              <Space>
                <Input placeholder={t('benefits.case.reason')} value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 320 }} data-testid="reject-reason" />
                <Input placeholder={t('benefits.case.article')} value={article} onChange={(e) => setArticle(e.target.value)} style={{ width: 320 }} />
              </Space>
            )}
            {c.actions.includes('CONFIRM') && (
              <Space>
                <Input placeholder={t('benefits.apply.accountName')} value={account.accountName} onChange={(e) => setAccount({ ...account, accountName: e.target.value })} data-testid="confirm-account-name" />
                <Input placeholder={t('benefits.apply.accountNumber')} value={account.accountNumber} onChange={(e) => setAccount({ ...account, accountNumber: e.target.value })} data-testid="confirm-account-number" />
                <Input placeholder={t('benefits.apply.bankName')} value={account.bankName} onChange={(e) => setAccount({ ...account, bankName: e.target.value })} data-testid="confirm-bank-name" />
              </Space>
            )}
            <Space wrap>
              {c.actions.map((a) => (
                <Button key={a} loading={busy} type={a === 'APPROVE' || a === 'CONFIRM' ? 'primary' : 'default'} danger={a === 'REJECT'} data-testid={`action-${a}`} onClick={() => void run(a)}>
                  {t(`benefits.action.${a}` as BenefitsMessageKey)}
                </Button>
              ))}
            </Space>
            {failure && <Alert type="error" message={failure} data-testid="action-error" />}
          </Space>
        </Card>
      )}
      <Card title={t('benefits.case.log')}>
        <List size="small" dataSource={c.log} renderItem={(l) => <List.Item>{l.on} · {pick(l.label)}</List.Item>} data-testid="case-log" />
      </Card>
    </Space>
  );
}
