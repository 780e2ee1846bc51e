import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { applyForRepair, type RepairInput, type RepairMeasureOption } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

/** 申请信用修复: the measures carried out (社会信用条例 第八十条) and the evidence, for one mark. */
export function RepairForm({ markId, measures, onDone }: { markId: string; measures: readonly RepairMeasureOption[]; onDone: () => void }) {
  const t = useMessages(publicCreditMessages);
  const { language, pick } = useI18n();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [isSaving, setSaving] = useState(false);
  const submit = async (v: { measures: RepairInput['measures']; evidence: string }) => {
    setFailure(undefined);
    setSaving(true);
    try {
      await applyForRepair({ markId, measures: v.measures ?? [], evidence: v.evidence ?? '' });
      onDone();
    } catch (e) {
      setFailure(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={(v) => void submit(v)} data-testid="repair-form">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} data-testid="repair-error" />}
      <Form.Item name="measures" label={t('pc.repair.measures')}>
        <Checkbox.Group options={measures.map((m) => ({ value: m.code, label: pick(m.label) }))} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
      </Form.Item>
      <Form.Item name="evidence" label={t('pc.repair.evidence')} extra={t('pc.repair.evidenceHelp')}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isSaving} data-testid="repair-submit">{t('pc.repair.submit')}</Button>
    </Form>
  );
}
