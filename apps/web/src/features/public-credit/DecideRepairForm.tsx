import { useState } from 'react';
import { Alert, Button, Input, Radio, Space } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { actOnRepair, type RepairView } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

type Decision = 'APPROVED' | 'REJECTED' | 'MATERIALS_REQUESTED';

/** The bureau's decision on one application: approve or refuse with reasons, or ask once for missing materials (第八十一—八十二条). */
export function DecideRepairForm({ repair, onDone }: { repair: RepairView; onDone: () => void }) {
  const t = useMessages(publicCreditMessages);
  const { language } = useI18n();
  const offered = repair.availableActions.map((a) => a.type).filter((x): x is Decision => x === 'APPROVED' || x === 'REJECTED' || x === 'MATERIALS_REQUESTED');
  const [decision, setDecision] = useState<Decision | undefined>(offered[0]);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  if (offered.length === 0) return null;
  const labels: Record<Decision, string> = { APPROVED: t('pc.review.approve'), REJECTED: t('pc.review.reject'), MATERIALS_REQUESTED: t('pc.review.requestMaterials') };
  const submit = async () => {
    if (!decision) return;
    setFailure(undefined);
    try {
      await actOnRepair(repair.repairId, decision === 'MATERIALS_REQUESTED' ? { type: decision, payload: { items: text } } : { type: decision, payload: { reasons: text } });
      setText('');
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="decide-repair">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} />}
      <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value as Decision)} options={offered.map((d) => ({ value: d, label: labels[d] }))} />
      <Input.TextArea rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-label={decision === 'MATERIALS_REQUESTED' ? t('pc.review.items') : t('pc.review.reasons')} placeholder={decision === 'MATERIALS_REQUESTED' ? t('pc.review.items') : t('pc.review.reasons')} />
      <Button type="primary" onClick={() => void submit()}>{t('pc.review.confirm')}</Button>
    </Space>
  );
}
