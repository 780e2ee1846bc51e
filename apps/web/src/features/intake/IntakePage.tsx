import { useState } from 'react';
import { Alert, Button, Card, Progress, Radio, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import { LoadFailure } from '../errors/LoadFailure';
import { CONSOLE_KINDS, fetchBatches, previewPath, rejectedRowsUrl, sendFile, UPLOAD_LIMIT_BYTES, uploadPath, type ConsoleKind, type IntakeBatch, type IntakeReport, type RowProblem } from './intake-api';
import { intakeMessages, type IntakeMessageKey } from './intake-messages';

type Step =
  | { name: 'choose' }
  | { name: 'busy'; phase: 'uploading' | 'checking' | 'importing'; percent: number }
  | { name: 'previewed'; file: File; report: IntakeReport }
  | { name: 'done'; report: IntakeReport };

const STATUS_COLOUR = { APPLIED: 'green', PARTIALLY_APPLIED: 'gold', REJECTED: 'red' } as const;

/**
 * 数据归集: choose the kind and a file → the server checks it without writing (preview table,
 * row-by-row report, what would change) → import it all-or-nothing, or only its valid rows →
 * the result, with the rejected rows to download. Recent batches below.
 */
export function IntakePage() {
  const t = useMessages(intakeMessages);
  const { language } = useI18n();
  const [kind, setKind] = useState<ConsoleKind>('REGISTRY');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const batches = useApi(() => fetchBatches(), []);

  const run = async (file: File, path: string, phase: 'checking' | 'importing') => {
    setProblem(null);
    setStep({ name: 'busy', phase: 'uploading', percent: 0 });
    try {
      const report = await sendFile(path, file, (percent) => setStep({ name: 'busy', phase: percent >= 100 ? phase : 'uploading', percent }));
      if (report.dryRun) setStep({ name: 'previewed', file, report });
      else {
        setStep({ name: 'done', report });
        batches.reload();
      }
    } catch (e) {
      setProblem(errorMessage(e, language));
      setStep({ name: 'choose' });
    }
  };

  const check = (file: File) => {
    const lower = file.name.toLowerCase();
    if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) return setProblem(t('intake.wrongType', { name: file.name }));
    if (file.size > UPLOAD_LIMIT_BYTES) return setProblem(t('intake.tooLarge', { name: file.name }));
    void run(file, previewPath(kind, false), 'checking');
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large" data-testid="intake-page">
      <Typography.Title level={2}>{t('intake.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intake.intro')}</Typography.Paragraph>
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text strong>{t('intake.kind')}</Typography.Text>
            <Radio.Group value={kind} onChange={(e) => { setKind(e.target.value as ConsoleKind); setStep({ name: 'choose' }); }} disabled={step.name === 'busy'} data-testid="intake-kind">
              {CONSOLE_KINDS.map((k) => <Radio.Button key={k} value={k}>{t(`intake.kind.${k}`)}</Radio.Button>)}
            </Radio.Group>
          </Space>
          <Typography.Text type="secondary">{t(`intake.columns.${kind}`)}</Typography.Text>
          {problem && <Alert type="error" showIcon message={problem} data-testid="intake-problem" />}
          {step.name === 'choose' && (
            <Upload.Dragger accept=".csv,.xlsx" showUploadList={false} beforeUpload={(file) => { check(file); return Upload.LIST_IGNORE; }} data-testid="intake-upload">
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p className="ant-upload-text">{t('intake.drop')}</p>
              <p className="ant-upload-hint">{t('intake.limit')}</p>
            </Upload.Dragger>
          )}
          {step.name === 'busy' && (
            <div data-testid="intake-busy" data-phase={step.phase}>
              <Progress percent={step.percent} status="active" />
              <Typography.Text>{t(step.phase === 'uploading' ? 'intake.uploading' : step.phase === 'checking' ? 'intake.checking' : 'intake.importing')}</Typography.Text>
            </div>
          )}
          {step.name === 'previewed' && <Previewed step={step} onImport={(acceptValid) => run(step.file, uploadPath(kind, acceptValid), 'importing')} onAgain={() => setStep({ name: 'choose' })} />}
          {step.name === 'done' && <Done report={step.report} onAgain={() => setStep({ name: 'choose' })} />}
        </Space>
      </Card>
      <Card title={t('intake.batches')}>
        {batches.error ? <LoadFailure error={batches.error} onRetry={batches.reload} /> : (
          <Table<IntakeBatch>
            rowKey="id" loading={batches.isLoading && !batches.data} dataSource={batches.data?.items ?? []} scroll={{ x: true }} pagination={false}
            locale={{ emptyText: t('intake.batches.empty') }} data-testid="intake-batches"
            columns={[
              { title: t('intake.col.received'), render: (_, b) => formatTimestamp(b.receivedAt, language) },
              { title: t('intake.col.kind'), render: (_, b) => t(`intake.kindName.${b.kind}` as IntakeMessageKey) },
              { title: t('intake.col.source'), render: (_, b) => t(`intake.channel.${b.channel}`) },
              { title: t('intake.col.file'), render: (_, b) => b.fileName ?? '—' },
              { title: t('intake.col.status'), render: (_, b) => <Tag color={STATUS_COLOUR[b.status]}>{t(`intake.status.${b.status}`)}</Tag> },
              { title: t('intake.col.counts'), render: (_, b) => `${b.inserted} / ${b.updated} / ${b.rejected}` },
              { title: '', render: (_, b) => (b.rejected > 0 ? <Button size="small" icon={<DownloadOutlined />} href={rejectedRowsUrl(b.id)}>{t('intake.downloadRejected')}</Button> : null) },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}

function Previewed({ step: s, onImport, onAgain }: { step: Extract<Step, { name: 'previewed' }>; onImport: (acceptValid: boolean) => void; onAgain: () => void }) {
  const t = useMessages(intakeMessages);
  const r = s.report;
  const fileRefused = r.errors.some((e) => e.line <= 1) || r.rowCount === 0;
  const header = r.preview?.header ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="intake-preview">
      <Alert
        type={r.rejected === 0 && !fileRefused ? 'success' : 'warning'} showIcon data-testid="intake-summary"
        message={fileRefused ? t('intake.summary.file') : r.rejected === 0 ? t('intake.summary.ok', { rows: r.rowCount, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged }) : t('intake.summary.bad', { rows: r.rowCount, rejected: r.rejected })}
      />
      {r.preview && r.preview.rows.length > 0 && (
        <>
          <Typography.Text strong>{t('intake.preview', { n: r.preview.rows.length })}</Typography.Text>
          <Table
            size="small" rowKey="line" pagination={false} scroll={{ x: true }} dataSource={r.preview.rows} data-testid="intake-preview-table"
            columns={[{ title: t('intake.line'), dataIndex: 'line', fixed: 'left' as const }, ...header.map((h, i) => ({ title: h, key: `c${i}`, render: (_: unknown, row: { cells: string[] }) => row.cells[i] ?? '' }))]}
          />
        </>
      )}
      {r.errors.length > 0 && <Report errors={r.errors} />}
      <Space wrap>
        {!fileRefused && r.rejected === 0 && <Button type="primary" onClick={() => onImport(false)} data-testid="intake-import">{t('intake.importAll')}</Button>}
        {!fileRefused && r.rejected > 0 && r.rejected < r.rowCount && (
          <Space direction="vertical" size={0}>
            <Button type="primary" onClick={() => onImport(true)} data-testid="intake-import-valid">{t('intake.importValid')}</Button>
            <Typography.Text type="secondary">{t('intake.importValidHelp', { n: r.rejected })}</Typography.Text>
          </Space>
        )}
        <Button onClick={onAgain}>{t('intake.again')}</Button>
      </Space>
    </Space>
  );
}

function Done({ report: r, onAgain }: { report: IntakeReport; onAgain: () => void }) {
  const t = useMessages(intakeMessages);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="intake-result" data-status={r.status}>
      <Alert type={r.status === 'APPLIED' ? 'success' : r.status === 'PARTIALLY_APPLIED' ? 'warning' : 'error'} showIcon message={t(`intake.result.${r.status}`, { inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected })} />
      {r.errors.length > 0 && <Report errors={r.errors} />}
      <Space wrap>
        {r.batchId && r.rejected > 0 && <Button icon={<DownloadOutlined />} href={rejectedRowsUrl(r.batchId)} data-testid="intake-download-rejected">{t('intake.downloadRejected')}</Button>}
        <Button onClick={onAgain}>{t('intake.again')}</Button>
      </Space>
    </Space>
  );
}

function Report({ errors }: { errors: RowProblem[] }) {
  const t = useMessages(intakeMessages);
  const { pick } = useI18n();
  return (
    <>
      <Typography.Text strong>{t('intake.report')}</Typography.Text>
      <Table<RowProblem & { key: number }>
        size="small" rowKey="key" scroll={{ x: true }} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="intake-report"
        dataSource={errors.map((e, key) => ({ ...e, key }))}
        columns={[
          { title: t('intake.col.line'), render: (_, e) => (e.line === 0 ? t('intake.wholeFile') : e.line), width: 90 },
          { title: t('intake.col.column'), dataIndex: 'column', width: 180 },
          { title: t('intake.col.problem'), render: (_, e) => pick(e.message) },
        ]}
      />
    </>
  );
}
