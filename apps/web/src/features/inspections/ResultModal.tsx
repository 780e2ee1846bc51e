import type { ButtonProps } from 'antd';
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { fetchMinorViolations, OUTCOMES, recordResult, type InspectionResult, type Outcome, type Visit } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { beijingDay } from './beijing-date';

type Tri = 'yes' | 'no' | 'unknown';
interface Values {
  outcome: Outcome;
  summary: string;
  inspectedOn: Dayjs;
  entryId: string;
  correctedInTime: Tri;
  harmfulConsequence: Tri;
  harmMinor: Tri;
}
const NONE = '';
const fact = (v: Tri | undefined) => (v === 'yes' ? true : v === 'no' ? false : undefined);

/**
 * 录入检查结果: the outcome, a summary for publication, the day the inspection ended and — when the
 * violation is on the department's list of minor violations — what the inspector established
 * (corrected in time, harm, minor harm; "not established" stays unknown). The server answers with
 * the 轻微免罚/首违不罚 assessment, shown by `ResultCell`.
 */
export function ResultModal({ visit, departmentId, onClose, onSaved }: { visit: Visit; departmentId: string; onClose: () => void; onSaved: (r: InspectionResult) => void }) {
  const t = useMessages(inspectionsMessages);
  const { language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const entries = useApi(() => fetchMinorViolations(departmentId), [departmentId]);
  const entryId = Form.useWatch('entryId', form);
  const registeredOn = beijingDay(visit.registeredAt);
  const today = beijingDay();

  const save = async () => {
    const v = await form.validateFields();
    try {
      const saved = await recordResult(visit.visitId, {
        outcome: v.outcome,
        summary: v.summary,
        inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
        ...(v.entryId ? { finding: { entryId: v.entryId, correctedInTime: fact(v.correctedInTime), harmfulConsequence: fact(v.harmfulConsequence), harmMinor: fact(v.harmMinor) } } : {}),
      });
      message.success(t('insp.result.recorded'));
      onSaved(saved);
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };
  const tri = (name: 'correctedInTime' | 'harmfulConsequence' | 'harmMinor') => (
    <Form.Item name={name} label={t(`insp.result.${name}`)} initialValue="unknown">
      <Radio.Group data-testid={`result-${name}`} options={[{ value: 'yes', label: t('insp.result.yes') }, { value: 'no', label: t('insp.result.no') }, { value: 'unknown', label: t('insp.result.unknown') }]} />
    </Form.Item>
  );
  return (
    <Modal open title={t('insp.result.title')} onCancel={onClose} onOk={() => void save()} okText={t('insp.result.save')} okButtonProps={{ 'data-testid': 'result-save' } as ButtonProps} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" name="result" requiredMark={false} initialValues={{ outcome: 'NO_PROBLEM', inspectedOn: today, entryId: NONE }}>
        <Form.Item name="outcome" label={t('insp.result.outcome')} rules={[{ required: true, message: t('insp.form.required') }]}>
          <Radio.Group data-testid="result-outcome" options={OUTCOMES.map((o) => ({ value: o, label: t(`insp.outcome.${o}`) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('insp.result.summary')} rules={[{ required: true, whitespace: true, message: t('insp.form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="inspectedOn" label={t('insp.result.inspectedOn')} rules={[{ required: true, message: t('insp.form.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(registeredOn, 'day') || d.isAfter(today, 'day')} />
        </Form.Item>
        <Form.Item name="entryId" label={t('insp.result.finding')}>
          <Select
            data-testid="result-entry"
            loading={entries.isLoading}
            options={[{ value: NONE, label: t('insp.result.noFinding') }, ...(entries.data ?? []).map((e) => ({ value: e.id, label: e.name }))]}
          />
        </Form.Item>
        {entryId ? (
          <>
            {tri('correctedInTime')}
            {tri('harmfulConsequence')}
            {tri('harmMinor')}
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
