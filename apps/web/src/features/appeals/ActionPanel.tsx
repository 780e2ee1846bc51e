import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Space, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/error-message';
import type { BilingualText } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { clientId, performAction, type AppealReference, type CaseView, type Warning } from './appeals-api';
import { appealsMessages, type AppealsMessageKey } from './appeals-messages';
import { ACTION_FORMS, ACTIONS_WITH_ATTACHMENTS, payloadOf, type ActionField } from './action-forms';
import { AttachmentUpload, type UploadedAttachment } from './AttachmentUpload';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The next steps the server offers this viewer (availableActions), each with its small form. */
export function ActionPanel({ view, departments, reference, onDone }: {
  view: CaseView;
  departments: Record<string, BilingualText>;
  reference: AppealReference | undefined;
  onDone: (next: CaseView | null, warnings: Warning[]) => void;
}) {
  const { pick, language } = useI18n();
  const t = useMessages(appealsMessages);
  const [open, setOpen] = useState<CaseView['availableActions'][number] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionId, setActionId] = useState('');
  const [attachments, setAttachments] = useState<UploadedAttachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [form] = Form.useForm<Record<string, unknown>>();

  const start = (a: CaseView['availableActions'][number]) => {
    form.resetFields();
    setError(null);
    setAttachments([]);
    setActionId(clientId('web-action'));
    setOpen(a);
  };

  /** A field's first value: the approval proposes the date the department asked for. */
  const initialOf = (type: string, f: ActionField): unknown => (type === 'EXTENSION_APPROVED' && f.name === 'newDue' ? view.pendingExtension?.requestedDue ?? f.initial : f.initial);

  const confirm = async () => {
    if (!open) return;
    const values = await form.validateFields();
    if (uploading) {
      setError(t('appeals.upload.busy'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const out = await performAction(view.trackingNumber, { id: actionId, type: open.type, payload: payloadOf(open.type, values, attachments.map((a) => a.id)) });
      setOpen(null);
      onDone(out.case, out.warnings);
    } catch (e) {
      setError(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };

  const departmentOptions = Object.entries(departments).map(([id, name]) => ({ value: id, label: pick(name) }));
  const choiceOptions = (kind: 'ownership' | 'satisfaction' | 'rejection' | 'target') => {
    switch (kind) {
      case 'ownership':
        return (['SINGLE', 'NONE', 'SEVERAL'] as const).map((v) => ({ value: v, label: t(`appeals.action.ownership.${v}`) }));
      case 'satisfaction':
        return (['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const).map((v) => ({ value: v, label: t(`appeals.action.satisfaction.${v}`) }));
      case 'target':
        return (['DEPARTMENT', 'DEBTOR'] as const).map((v) => ({ value: v, label: t(`appeals.action.target.${v}`) }));
      case 'rejection':
        return (reference?.rejectionReasons ?? []).filter((r) => !r.onlyFor || r.onlyFor.includes(view.type)).map((r) => ({ value: r.code, label: pick(r.label) }));
    }
  };

  const input = (f: ActionField) => {
    switch (f.field.kind) {
      case 'text':
        return f.field.multiline ? <Input.TextArea rows={3} data-testid={`action-field-${f.name}`} /> : <Input data-testid={`action-field-${f.name}`} />;
      case 'date':
        return <Input placeholder="YYYY-MM-DD" data-testid={`action-field-${f.name}`} />;
      case 'department':
        return <Radio.Group data-testid={`action-field-${f.name}`} options={departmentOptions} />;
      case 'departments':
        return <Checkbox.Group data-testid={`action-field-${f.name}`} options={departmentOptions} />;
      case 'choice':
        return <Radio.Group data-testid={`action-field-${f.name}`} options={choiceOptions(f.field.options)} />;
      case 'flag':
        return <Checkbox data-testid={`action-field-${f.name}`}>{t(`appeals.action.${f.label}` as AppealsMessageKey)}</Checkbox>;
    }
  };

  if (view.availableActions.length === 0) return <Typography.Text type="secondary">{t('appeals.detail.noActions')}</Typography.Text>;
  return (
    <>
      <Space wrap data-testid="case-actions">
        {view.availableActions.map((a) => (
          <Button key={a.type} onClick={() => start(a)} data-testid={`action-${a.type}`} danger={a.type === 'REJECTED' || a.type === 'WITHDRAWN'}>
            {pick(a.label)}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open ? pick(open.label) : ''}
        onCancel={() => setOpen(null)}
        onOk={confirm}
        okText={t('appeals.action.confirm')}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'action-confirm', disabled: uploading } as ButtonProps}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="appeal-action" preserve={false}>
          {(open ? ACTION_FORMS[open.type] ?? [] : []).map((f) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={f.field.kind === 'flag' ? undefined : t(`appeals.action.${f.label}` as AppealsMessageKey)}
              initialValue={open ? initialOf(open.type, f) : f.initial}
              valuePropName={f.field.kind === 'flag' ? 'checked' : 'value'}
              rules={[
                ...(f.required ? [{ required: true, message: t('appeals.form.required') }] : []),
                ...(f.field.kind === 'date' ? [{ pattern: DATE, message: 'YYYY-MM-DD' }] : []),
              ]}
            >
              {input(f)}
            </Form.Item>
          ))}
          {open && ACTIONS_WITH_ATTACHMENTS.has(open.type) && (
            <Form.Item label={t('appeals.form.attachments')}>
              <AttachmentUpload value={attachments} onChange={setAttachments} onBusy={setUploading} testId="action-attachments" />
            </Form.Item>
          )}
        </Form>
        {error && <Alert type="error" showIcon title={error} data-testid="action-error" />}
      </Modal>
    </>
  );
}
