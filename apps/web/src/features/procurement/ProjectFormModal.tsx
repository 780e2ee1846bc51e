import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { errorMessage } from '../../api/error-message';
import { formFromProject, projectInputFromForm, type ProjectFormValues } from './project-form';
import type { Project, ProjectInput } from './procurement-api';
import { procurementMessages } from './procurement-messages';

const CATEGORIES = ['GOODS', 'WORKS', 'SERVICES'] as const;
const METHODS = ['NONE', 'WHOLE_PROJECT', 'LOTS', 'CONSORTIUM', 'SUBCONTRACT'] as const;
const FOR = ['SME', 'SMALL_MICRO'] as const;

/** Register or edit a project; the server checks the rules and its answer is shown in the form. */
export function ProjectFormModal({ open, project, onCancel, onSave }: { open: boolean; project: Project | null; onCancel(): void; onSave(input: ProjectInput): Promise<void> }) {
  const { language } = useI18n();
  const t = useMessages(procurementMessages);
  const [form] = Form.useForm<ProjectFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const method = Form.useWatch('method', form);
  const suitable = Form.useWatch('suitableForSme', form);

  useEffect(() => {
    if (!open) return;
    setFailure(null);
    form.resetFields();
    form.setFieldsValue(project ? formFromProject(project) : { category: 'GOODS', suitableForSme: true, method: 'NONE', reservedFor: 'SME' });
  }, [open, project, form]);

  const submit = async () => {
    const values = await form.validateFields();
    const read = projectInputFromForm(values);
    if (!read.ok) {
      form.setFields(read.problems.map((p) => ({ name: p.field as never, errors: [t(p.kind === 'AMOUNT' ? 'proc.form.badAmount' : 'proc.form.required')] })));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await onSave(read.input);
    } catch (e) {
      setFailure(errorMessage(e, language));
    } finally {
      setSaving(false);
    }
  };

  const required = [{ required: true, message: t('proc.form.required') }];
  return (
    <Modal
      open={open}
      title={t(project ? 'proc.form.editTitle' : 'proc.form.createTitle')}
      onCancel={onCancel}
      width={720}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onCancel}>{t('proc.form.cancel')}</Button>,
        <Button key="save" type="primary" loading={isSaving} onClick={() => void submit()} data-testid="project-save">{t('proc.form.save')}</Button>,
      ]}
    >
      <div data-testid="project-form">
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="project-form-error" />}
        <Form form={form} layout="vertical" name="project">
          <Space wrap align="start">
            <Form.Item name="code" label={t('proc.col.code')} rules={required}><Input style={{ width: 140 }} /></Form.Item>
            <Form.Item name="name" label={t('proc.col.name')} rules={required}><Input style={{ width: 280 }} /></Form.Item>
            <Form.Item name="category" label={t('proc.col.category')} rules={required}>
              <Select style={{ width: 120 }} options={CATEGORIES.map((c) => ({ value: c, label: t(`proc.category.${c}`) }))} data-testid="project-category" />
            </Form.Item>
            <Form.Item name="budgetYuan" label={t('proc.form.budgetYuan')} rules={required}><Input style={{ width: 180 }} /></Form.Item>
          </Space>
          <Form.Item name="suitableForSme" label={t('proc.form.suitable')} valuePropName="checked"><Switch data-testid="project-suitable" /></Form.Item>
          {suitable === false && (
            <Space wrap align="start">
              <Form.Item name="exemptionReason" label={t('proc.form.exemptionReason')} rules={required}><Input.TextArea rows={2} style={{ width: 420 }} /></Form.Item>
              <Form.Item name="exemptionArticle" label={t('proc.form.exemptionArticle')}><Input style={{ width: 200 }} /></Form.Item>
            </Space>
          )}
          <Space wrap align="start">
            <Form.Item name="method" label={t('proc.form.method')} rules={required}>
              <Select style={{ width: 200 }} options={METHODS.map((m) => ({ value: m, label: t(`proc.method.${m}`) }))} data-testid="project-method" />
            </Form.Item>
            {method === 'WHOLE_PROJECT' && (
              <Form.Item name="reservedFor" label={t('proc.form.reservedFor')}>
                <Select style={{ width: 180 }} options={FOR.map((f) => ({ value: f, label: t(`proc.for.${f}`) }))} />
              </Form.Item>
            )}
            {(method === 'CONSORTIUM' || method === 'SUBCONTRACT') && (
              <>
                <Form.Item name="smeShare" label={t('proc.form.smeShare')} rules={required}><Input style={{ width: 200 }} /></Form.Item>
                <Form.Item name="smallMicroShare" label={t('proc.form.smallMicroShare')}><Input style={{ width: 200 }} /></Form.Item>
              </>
            )}
          </Space>
          {method === 'LOTS' && (
            <Form.List name="lots">
              {(fields, { add, remove }) => (
                <div data-testid="project-lots">
                  {fields.map((field, i) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'id']} label={i === 0 ? t('proc.form.lotId') : undefined} rules={required}><Input style={{ width: 90 }} data-testid={`lot-id-${i}`} /></Form.Item>
                      <Form.Item name={[field.name, 'name']} label={i === 0 ? t('proc.form.lotName') : undefined}><Input style={{ width: 180 }} /></Form.Item>
                      <Form.Item name={[field.name, 'budgetYuan']} label={i === 0 ? t('proc.form.lotBudget') : undefined} rules={required}><Input style={{ width: 150 }} data-testid={`lot-budget-${i}`} /></Form.Item>
                      <Form.Item name={[field.name, 'reservedFor']} label={i === 0 ? t('proc.form.reservedFor') : undefined} initialValue="SME">
                        <Select style={{ width: 160 }} options={FOR.map((f) => ({ value: f, label: t(`proc.for.${f}`) }))} data-testid={`lot-for-${i}`} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ reservedFor: 'SME' })} data-testid="lot-add">{t('proc.form.addLot')}</Button>
                </div>
              )}
            </Form.List>
          )}
        </Form>
      </div>
    </Modal>
  );
}
