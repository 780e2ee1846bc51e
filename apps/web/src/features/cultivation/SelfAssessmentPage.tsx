import { useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Segmented, Space, Table, Tag, Typography, Upload } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { LawCitation } from '../law/LawCitation';
import { apply, fetchApplications, fetchRounds, fetchSelfAssessment, TIERS, uploadAttachment, type AttachmentKind, type Criterion, type Round, type Tier } from './cultivation-api';
import { cultivationMessages } from './cultivation-messages';
import { MyApplications } from './MyApplications';

/** The enterprise's page: self-assessment for a tier, article by article, then the application with its files. */
export function SelfAssessmentPage() {
  const t = useMessages(cultivationMessages);
  const { pick } = useI18n();
  const fmt = useFormat();
  const [tier, setTier] = useState<Tier>('SPECIALIZED');
  const [version, setVersion] = useState(0);
  const assessment = useApi(() => fetchSelfAssessment(tier), [tier]);
  const rounds = useApi(() => fetchRounds(), []);
  const mine = useApi(() => fetchApplications(), [version]);
  if (assessment.error) return <LoadFailure error={assessment.error} onRetry={assessment.reload} />;
  const a = assessment.data;
  const open = (rounds.data?.items ?? []).filter((r) => r.tier === tier);
  const result = (c: Criterion) => (c.met === true ? <Tag color="green">{t('cv.met')}</Tag> : c.met === false ? <Tag color="red">{t('cv.notMet')}</Tag> : <Tag color="gold">{t('cv.undecided')}</Tag>);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('cv.self.title')} data-testid="cultivation-self-assessment">
        <Segmented<Tier> data-testid="assessment-tier" value={tier} onChange={setTier} options={TIERS.map((x) => ({ value: x, label: t(`cv.tier.${x}`) }))} />
        <Typography.Paragraph style={{ marginTop: 16 }}>{t('cv.self.intro')}</Typography.Paragraph>
        {a && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={a.status === 'ELIGIBLE' ? 'green' : a.status === 'INELIGIBLE' ? 'red' : 'gold'} data-testid="assessment-status">{t(`cv.status.${a.status}`)}</Tag>
              {a.version && <Typography.Text>{t('cv.self.version', { from: a.version.from })}</Typography.Text>}
              {a.score !== null && <Typography.Text>{t('cv.self.score', { score: a.score })}</Typography.Text>}
            </Space>
            {a.version?.unverified && <Alert type="warning" showIcon title={t('cv.self.unverified')} />}
            <Table<Criterion>
              rowKey="id" size="small" pagination={false} dataSource={a.criteria} data-testid="assessment-criteria" onRow={(c) => ({ 'data-testid': `criterion-${c.id}`, 'data-met': String(c.met) } as HTMLAttributes<HTMLElement>)} loading={assessment.isLoading}
              columns={[
                { title: t('cv.col.criterion'), render: (_, c) => pick(c.label) },
                { title: t('cv.col.basis'), render: (_, c) => <LawCitation address={c.cite} date={a.date} /> },
                { title: t('cv.col.result'), render: (_, c) => result(c) },
                { title: t('cv.col.gap'), render: (_, c) => fmt.clauses([...c.gap.map(pick), ...(c.missingLabels.length ? [t('cv.needs', { facts: fmt.list(c.missingLabels.map(pick)) })] : [])]) },
              ]}
            />
          </Space>
        )}
      </Card>
      <Card title={t('cv.apply.title')}>
        {open.length === 0 ? <Typography.Text type="secondary">{t('cv.apply.none')}</Typography.Text> : open.map((r) => <ApplyForm key={r.roundId} round={r} onDone={() => setVersion((v) => v + 1)} />)}
      </Card>
      <MyApplications items={mine.data?.items ?? []} loading={mine.isLoading} />
    </Space>
  );
}

function ApplyForm({ round, onDone }: { round: Round; onDone: () => void }) {
  const t = useMessages(cultivationMessages);
  const { language } = useI18n();
  const fmt = useFormat();
  const [files, setFiles] = useState<Partial<Record<AttachmentKind, { id: string; name: string }>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [sent, setSent] = useState(false);
  const kinds: AttachmentKind[] = [...new Set<AttachmentKind>([...round.requiredAttachments, 'OTHER'])];
  const upload = async (kind: AttachmentKind, file: File) => {
    setFailure(undefined);
    try {
      const f = await uploadAttachment(kind, file);
      setFiles((x) => ({ ...x, [kind]: f }));
    } catch (e) {
      setFailure(e);
    }
  };
  const submit = async () => {
    setFailure(undefined);
    try {
      await apply(round.roundId, Object.values(files).map((f) => f!.id));
      setSent(true);
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Card type="inner" title={round.title} extra={t('cv.apply.deadline', { date: round.deadline })} style={{ marginBottom: 12 }}>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} data-testid="apply-error" />}
      {sent && <Alert data-testid="apply-done" type="success" showIcon title={t('cv.apply.done')} style={{ marginBottom: 12 }} />}
      <Space direction="vertical">
        {kinds.map((k) => (
          <Space key={k} data-testid={`apply-attachment-${k}`}>
            <Typography.Text>{t(`cv.att.${k}`)}{round.requiredAttachments.includes(k) ? fmt.withNote('', t('cv.apply.required')) : ''}</Typography.Text>
            <Upload showUploadList={false} beforeUpload={(file) => { void upload(k, file); return false; }}>
              <Button size="small">{t('cv.apply.upload')}</Button>
            </Upload>
            {files[k] && <Typography.Text type="secondary" data-testid={`apply-uploaded-${k}`}>{t('cv.apply.uploaded', { name: files[k]!.name })}</Typography.Text>}
          </Space>
        ))}
        <Button type="primary" onClick={submit} disabled={sent} data-testid="cultivation-apply">{t('cv.apply.submit')}</Button>
      </Space>
    </Card>
  );
}
