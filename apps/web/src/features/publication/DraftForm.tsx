import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { AmountFields } from './AmountFields';
import { ConditionFields } from './ConditionFields';
import { draftBodyFromForm, newCondition, normalizeTopic, POLICY_KEY, TOPIC, type DraftFormValues } from './draft-form';
import { POLICY_CHANNELS, type DraftContent, type Vocabulary } from './publication-api';
import { publicationMessages } from './publication-messages';
import { placeServerError, type SaveProblems } from './server-problems';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SUGGESTED_TOPICS = ['RND', 'DIGITAL', 'FINANCING', 'TALENT', 'TAX', 'EXPORT', 'GREEN', 'EMPLOYMENT'];

/**
 * The draft form: titles, summaries, jurisdiction, window, channel, topics, the conditions (builder
 * or text, each tied to an article) and the optional amount. A refused save leaves every field as
 * typed and marks the condition the server named.
 */
export function DraftForm({ initial, vocabulary, editable, isNew, departmentName, jurisdictions, onSave, onDirtyChange }: {
  initial: DraftFormValues;
  vocabulary: Vocabulary | undefined;
  editable: boolean;
  isNew: boolean;
  departmentName: string;
  jurisdictions: { value: string; label: string }[];
  onSave(body: DraftContent & { policyKey?: string }): Promise<void>;
  onDirtyChange?(dirty: boolean): void;
}) {
  const t = useMessages(publicationMessages);
  const { language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DraftFormValues>();
  const [problems, setProblems] = useState<SaveProblems | null>(null);
  const [isSaving, setSaving] = useState(false);
  const disabled = !editable;
  const required = [{ required: true, message: t('publication.form.required') }];
  const dateRule = { pattern: DATE, message: t('publication.form.badDate') };

  const save = async () => {
    try {
      await form.validateFields();
    } catch {
      message.error(t('publication.form.invalid'));
      return;
    }
    const values = form.getFieldsValue(true) as DraftFormValues;
    const read = draftBodyFromForm(values, vocabulary);
    if (!read.ok) {
      form.setFields(read.problems.filter((p) => p.field[0] !== 'conditions' || (p.field.length === 3 && p.field[2] !== 'clause')).map((p) => ({
        name: p.field as never,
        errors: [t(p.kind === 'DATE' ? 'publication.form.badDate' : p.kind === 'TOPIC' ? 'publication.form.badTopic' : 'publication.form.required')],
      })));
      message.error(t(read.problems.some((p) => p.field[0] === 'conditions' && p.field.length === 1) ? 'publication.form.needsCondition' : 'publication.form.invalid'));
      return;
    }
    const ids = read.body.conditions.map((c) => c.id);
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0) {
      form.setFields([{ name: ['conditions', duplicate, 'id'] as never, errors: [t('publication.form.duplicateId')] }]);
      return;
    }
    setSaving(true);
    try {
      await onSave(read.body);
      setProblems(null);
      onDirtyChange?.(false);
    } catch (e) {
      setProblems(placeServerError(e, language, ids));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<DraftFormValues>
      form={form}
      layout="vertical"
      name="policy-draft"
      initialValues={initial}
      onValuesChange={() => onDirtyChange?.(true)}
      data-testid="draft-form"
    >
      {problems && <Alert type="error" showIcon closable title={t('publication.form.serverRefused', { message: problems.general })} style={{ marginBottom: 16 }} data-testid="draft-form-error" onClose={() => setProblems(null)} />}
      <Card size="small" title={t('publication.form.basics')} style={{ marginBottom: 16 }}>
        <Space wrap align="start">
          {isNew && (
            <Form.Item name="policyKey" label={t('publication.form.policyKey')} tooltip={t('publication.form.policyKeyHelp')} rules={[{ pattern: POLICY_KEY, message: t('publication.form.badKey') }]}>
              <Input style={{ width: 220 }} data-testid="draft-policy-key" />
            </Form.Item>
          )}
          <Form.Item name="titleZh" label={t('publication.form.titleZh')} rules={required}>
            <Input style={{ width: 360 }} disabled={disabled} data-testid="draft-title-zh" />
          </Form.Item>
          <Form.Item name="titleEn" label={t('publication.form.titleEn')} rules={required}>
            <Input style={{ width: 360 }} disabled={disabled} data-testid="draft-title-en" />
          </Form.Item>
        </Space>
        <Space wrap align="start" style={{ width: '100%' }}>
          <Form.Item name="summaryZh" label={t('publication.form.summaryZh')}>
            <Input.TextArea rows={2} style={{ width: 460 }} disabled={disabled} data-testid="draft-summary-zh" />
          </Form.Item>
          <Form.Item name="summaryEn" label={t('publication.form.summaryEn')}>
            <Input.TextArea rows={2} style={{ width: 460 }} disabled={disabled} data-testid="draft-summary-en" />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item label={t('publication.form.department')}>
            <Input style={{ width: 220 }} value={departmentName} disabled />
          </Form.Item>
          <Form.Item name="jurisdiction" label={t('publication.form.jurisdiction')} rules={required}>
            <Select style={{ width: 200 }} disabled={disabled} options={jurisdictions} data-testid="draft-jurisdiction" />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('publication.form.effectiveFrom')} rules={[...required, dateRule]}>
            <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" disabled={disabled} data-testid="draft-effective-from" />
          </Form.Item>
          <Form.Item name="effectiveUntil" label={t('publication.form.effectiveUntil')} rules={[dateRule]}>
            <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" disabled={disabled} data-testid="draft-effective-until" />
          </Form.Item>
          <Form.Item name="channel" label={t('publication.form.channel')} rules={required}>
            <Select style={{ width: 160 }} disabled={disabled} options={POLICY_CHANNELS.map((c) => ({ value: c, label: t(`publication.channel.${c}`) }))} data-testid="draft-channel" />
          </Form.Item>
          <Form.Item
            name="topics"
            label={t('publication.form.topics')}
            tooltip={t('publication.form.topicsHelp')}
            normalize={(v: string[] | undefined) => [...new Set((v ?? []).map(normalizeTopic).filter(Boolean))]}
            rules={[{ validator: async (_, v: string[] | undefined) => { if ((v ?? []).some((x) => !TOPIC.test(x))) throw new Error(t('publication.form.badTopic')); } }]}
          >
            <Select mode="tags" style={{ width: 280 }} disabled={disabled} tokenSeparators={[',', ' ']} options={SUGGESTED_TOPICS.map((v) => ({ value: v, label: v }))} data-testid="draft-topics" />
          </Form.Item>
        </Space>
      </Card>
      <Card size="small" title={t('publication.form.conditions')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('publication.form.conditionsHelp')}</Typography.Paragraph>
        <Form.List name="conditions">
          {(fields, { add, remove }) => (
            <div data-testid="draft-conditions">
              {fields.map((field, i) => (
                <ConditionFields
                  key={field.key}
                  field={field}
                  index={i}
                  vocabulary={vocabulary}
                  disabled={disabled}
                  canRemove={fields.length > 1}
                  onRemove={() => remove(field.name)}
                  serverProblem={problems?.conditions[i] ?? null}
                />
              ))}
              {!disabled && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => {
                    const rows = (form.getFieldValue('conditions') ?? []) as DraftFormValues['conditions'];
                    const next = newCondition(fields.length, rows?.[rows.length - 1]);
                    add(vocabulary ? next : { ...next, mode: 'TEXT', when: '' });
                  }}
                  data-testid="condition-add"
                >
                  {t('publication.form.addCondition')}
                </Button>
              )}
            </div>
          )}
        </Form.List>
      </Card>
      <AmountFields disabled={disabled} serverProblem={problems?.amount ?? null} />
      {editable && (
        <Button type="primary" icon={<SaveOutlined />} loading={isSaving} onClick={() => void save()} data-testid="draft-save">
          {t('publication.step.SAVE')}
        </Button>
      )}
    </Form>
  );
}
