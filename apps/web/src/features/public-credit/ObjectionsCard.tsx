import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useFormat } from '../../i18n/format-messages';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { decideObjection, fetchObjections, type ObjectionDecisionInput, type ObjectionView } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

const COLOR: Record<ObjectionView['status'], string> = { SUBMITTED: 'gold', UPHELD: 'green', DISMISSED: 'default' };
const HANDLINGS = ['CORRECTED', 'SUPPLEMENTED', 'PUBLICATION_STOPPED'] as const;
interface DecisionValues { decision: 'UPHOLD' | 'DISMISS'; handling?: (typeof HANDLINGS)[number]; reasons: string; correctedSubjectName?: string; correctedFinding?: string; supplement?: string }

function DecideObjectionForm({ objection, onDone }: { objection: ObjectionView; onDone: () => void }) {
  const t = useMessages(publicCreditMessages);
  const { language } = useI18n();
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch('decision', form);
  const handling = Form.useWatch('handling', form);
  const [failure, setFailure] = useState<unknown>(undefined);
  const submit = async (v: DecisionValues) => {
    setFailure(undefined);
    const h = v.handling ?? 'CORRECTED';
    const filled = (x: string | undefined) => (x && x.trim() !== '' ? x : undefined);
    const correction = h === 'CORRECTED' ? { finding: filled(v.correctedFinding), subjectName: filled(v.correctedSubjectName) } : null;
    const body: ObjectionDecisionInput = v.decision === 'UPHOLD'
      ? { decision: 'UPHOLD', handling: h, reasons: v.reasons, correction, supplement: h === 'SUPPLEMENTED' ? (v.supplement ?? null) : null }
      : { decision: 'DISMISS', reasons: v.reasons };
    try {
      await decideObjection(objection.objectionId, body);
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 560 }}>
        <Form.Item name="decision" label={t('pc.objection.decision')} rules={[{ required: true, message: t('pc.objection.decisionRequired') }]}>
          <Select data-testid="objection-decision" options={[{ value: 'UPHOLD', label: t('pc.objection.uphold') }, { value: 'DISMISS', label: t('pc.objection.dismiss') }]} />
        </Form.Item>
        {decision === 'UPHOLD' && (
          <Form.Item name="handling" label={t('pc.objection.handling')} rules={[{ required: true, message: t('pc.objection.handlingRequired') }]}>
            <Select data-testid="objection-handling" options={HANDLINGS.map((h) => ({ value: h, label: t(`pc.objection.handling.${h}`) }))} />
          </Form.Item>
        )}
        {decision === 'UPHOLD' && handling === 'CORRECTED' && (
          <>
            <Form.Item name="correctedSubjectName" label={t('pc.objection.correctedSubject')}><Input maxLength={200} /></Form.Item>
            <Form.Item name="correctedFinding" label={t('pc.objection.correctedFinding')}><Input.TextArea rows={2} maxLength={4200} data-testid="objection-corrected-finding" /></Form.Item>
          </>
        )}
        {decision === 'UPHOLD' && handling === 'SUPPLEMENTED' && (
          <Form.Item name="supplement" label={t('pc.objection.supplement')} rules={[{ required: true, whitespace: true, message: t('pc.objection.supplementRequired') }]}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="objection-supplement" />
          </Form.Item>
        )}
        <Form.Item name="reasons" label={t('pc.objection.reasons')} rules={[{ required: true, whitespace: true, message: t('pc.objection.reasonsRequired') }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="objection-reasons" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="objection-decide">{t('pc.objection.decide')}</Button>
      </Form>
    </>
  );
}

/** 异议: the objections the viewer may see — the enterprise's own, or those to records its unit provided, which it decides within the time limit. */
export function ObjectionsCard({ version, onChange, markId }: { version?: number; onChange?: () => void; markId?: string }) {
  const t = useMessages(publicCreditMessages);
  const fmt = useFormat();
  const { pick, language } = useI18n();
  const [own, setOwn] = useState(0);
  const objections = useApi(() => fetchObjections(), [version, own]);
  const refresh = () => { setOwn((x) => x + 1); onChange?.(); };
  const items = (objections.data?.items ?? []).filter((o) => !markId || o.markId === markId);
  if (markId && items.length === 0) return null;
  return (
    <Card size={markId ? 'small' : undefined} type={markId ? 'inner' : undefined} title={t('pc.objection.list')} data-testid="objections">
      {objections.error !== undefined && <Alert type="error" showIcon title={errorMessage(objections.error, language)} />}
      <Table<ObjectionView>
        rowKey="objectionId" size="small" loading={objections.isLoading} dataSource={items} pagination={{ pageSize: 10 }} locale={{ emptyText: t('pc.objection.empty') }}
        expandable={{
          expandedRowRender: (o) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{fmt.labelValue(t('pc.objection.explanation'), o.explanation)}</Typography.Paragraph>
              {o.decision && <Typography.Text>{fmt.labelValue(t('pc.objection.reasons'), o.decision.handlingLabel ? fmt.clauses([pick(o.decision.handlingLabel), o.decision.reasons]) : o.decision.reasons)}</Typography.Text>}
              <Typography.Text type="secondary">{t('pc.objection.basis', { articles: fmt.list(o.basis.map((b) => b.citation)) })}</Typography.Text>
              {o.canDecide && <DecideObjectionForm objection={o} onDone={refresh} />}
            </Space>
          ),
        }}
        columns={[
          { title: t('pc.objection.subject'), render: (_, o) => o.subjectName },
          { title: t('pc.objection.ground'), render: (_, o) => pick(o.groundLabel) },
          { title: t('pc.objection.submittedAt'), render: (_, o) => formatTimestamp(o.submittedAt, language) },
          { title: t('pc.objection.due'), render: (_, o) => (o.status === 'SUBMITTED' ? (o.decisionDue ?? t('pc.objection.dueUnknown')) : '') },
          { title: t('pc.objection.status'), render: (_, o) => <Tag color={COLOR[o.status]} data-testid="objection-status">{pick(o.statusLabel)}</Tag> },
        ]}
      />
    </Card>
  );
}
