import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { fetchProjectDeclarations, publishAward, type Evaluation } from './procurement-api';
import { procurementMessages } from './procurement-messages';
import { todayInChina } from './labels';

/** Publish the award of an evaluation; the winner's 声明函 (issued for this project) goes with it when it used an SME preference. */
export function AwardModal({ projectId, evaluation, onClose, onPublished }: { projectId: string; evaluation: Evaluation; onClose(): void; onPublished(): void }) {
  const { language } = useI18n();
  const t = useMessages(procurementMessages);
  const declarations = useApi(() => fetchProjectDeclarations(projectId), [projectId]);
  const first = [...evaluation.bids].sort((a, b) => a.rank - b.rank)[0];
  const [winner, setWinner] = useState(first?.id ?? '');
  const [declarationId, setDeclarationId] = useState<string | undefined>(undefined);
  const [date, setDate] = useState(todayInChina());
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await publishAward(projectId, { evaluationId: evaluation.id, winnerBidId: winner, announcedOn: date, declarationId: declarationId ?? null });
      onPublished();
    } catch (e) {
      setFailure(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('proc.award.title')} onCancel={onClose} onOk={() => void submit()} confirmLoading={isBusy} okText={t('proc.award.publish')} cancelText={t('proc.form.cancel')}>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="award-error" />}
      <Form layout="vertical">
        <Form.Item label={t('proc.public.winner')}>
          <Select value={winner} onChange={setWinner} options={evaluation.bids.map((b) => ({ value: b.id, label: `${b.rank}. ${b.supplier}` }))} />
        </Form.Item>
        <Form.Item label={t('proc.award.declaration')} extra={t('proc.award.declarationHelp')}>
          <Select
            allowClear
            value={declarationId}
            onChange={(v?: string) => setDeclarationId(v)}
            options={(declarations.data ?? []).map((d) => ({ value: d.id, label: `${d.supplierName} · ${d.date} · ${d.title}` }))}
          />
        </Form.Item>
        <Form.Item label={t('proc.award.date')}>
          <Input value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 140 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
