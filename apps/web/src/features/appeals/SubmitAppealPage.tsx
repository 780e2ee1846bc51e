import { Alert, Button, Checkbox, Form, Input, Radio, Result, Space, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { clientId, fetchReference, submitAppeal, type AppealType, type ArrearsTerms } from './appeals-api';
import { appealsMessages } from './appeals-messages';
import { casePath } from './appeals-paths';
import { ArrearsFieldset } from './ArrearsFieldset';
import { AttachmentUpload, type UploadedAttachment } from './AttachmentUpload';
import { toArrearsForm, type ArrearsFields } from './arrears-form';

interface FormValues {
  type: AppealType;
  title: string;
  description: string;
  isAnonymous?: boolean;
  contactName?: string;
  contactPhone?: string;
  arrears?: ArrearsFields;
}

/** 提交诉求: type, text, attachments; for an arrears complaint the statutory due date and interest are computed first. */
export function SubmitAppealPage() {
  const { pick, language } = useI18n();
  const t = useMessages(appealsMessages);
  const reference = useApi(fetchReference, []);
  const [form] = Form.useForm<FormValues>();
  const type = Form.useWatch('type', form);
  // One key per filled-in form: a double click or a retry is the same case.
  const idempotencyKey = useRef(clientId('web-submit'));
  const [attachments, setAttachments] = useState<UploadedAttachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [terms, setTerms] = useState<ArrearsTerms | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const typeInfo = useMemo(() => reference.data?.types.find((x) => x.code === type), [reference.data, type]);

  if (reference.error) return <LoadFailure error={reference.error} onRetry={reference.reload} />;
  if (done) {
    return (
      <Result
        status="success"
        title={<span data-testid="submitted-tracking-number">{t('appeals.submitted', { trackingNumber: done })}</span>}
        subTitle={t('appeals.submittedHint')}
        extra={<Link to={casePath(done)}><Button type="primary" data-testid="view-submitted">{t('appeals.viewCase')}</Button></Link>}
      />
    );
  }

  const submit = async (values: FormValues) => {
    if (values.type === 'ARREARS_COMPLAINT' && !terms) {
      setError(t('appeals.arrears.computeFirst'));
      return;
    }
    if (uploading) {
      setError(t('appeals.upload.busy'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const out = await submitAppeal(
        {
          type: values.type,
          title: values.title,
          description: values.description,
          isAnonymous: Boolean(values.isAnonymous) && Boolean(typeInfo?.isAnonymousAllowed),
          contactName: values.contactName?.trim() || null,
          contactPhone: values.contactPhone?.trim() || null,
          attachmentIds: attachments.map((a) => a.id),
          ...(values.type === 'ARREARS_COMPLAINT' ? { arrears: toArrearsForm(values.arrears ?? {}, values.description) } : {}),
        },
        idempotencyKey.current,
      );
      setDone(out.trackingNumber);
    } catch (e) {
      setError(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="submit-appeal-page" style={{ maxWidth: 900 }}>
      <Typography.Title level={3}>{t('appeals.new')}</Typography.Title>
      <Form<FormValues> form={form} layout="vertical" name="appeal-submit" onFinish={submit} initialValues={{ type: 'REQUEST' }} onValuesChange={(changed) => ('arrears' in changed || 'type' in changed) && setTerms(null)}>
        <Form.Item name="type" label={t('appeals.form.type')} rules={[{ required: true, message: t('appeals.form.required') }]}>
          <Radio.Group data-testid="appeal-type" options={(reference.data?.types ?? []).map((x) => ({ value: x.code, label: pick(x.label) }))} />
        </Form.Item>
        {typeInfo && <Typography.Paragraph type="secondary">{pick(typeInfo.description)}</Typography.Paragraph>}
        <Form.Item name="title" label={t('appeals.form.title')} rules={[{ required: true, whitespace: true, message: t('appeals.form.required') }]}>
          <Input maxLength={100} data-testid="appeal-title" />
        </Form.Item>
        <Form.Item name="description" label={t('appeals.form.description')} rules={[{ required: true, whitespace: true, message: t('appeals.form.required') }]}>
          <Input.TextArea rows={5} maxLength={20000} data-testid="appeal-description" />
        </Form.Item>
        {typeInfo?.isAnonymousAllowed ? (
          <Form.Item name="isAnonymous" valuePropName="checked"><Checkbox data-testid="appeal-anonymous">{t('appeals.form.anonymous')}</Checkbox></Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">{t('appeals.form.anonymousNotAllowed')}</Typography.Paragraph>
        )}
        <Space wrap>
          <Form.Item name="contactName" label={t('appeals.form.contactName')}><Input maxLength={50} /></Form.Item>
          <Form.Item name="contactPhone" label={t('appeals.form.contactPhone')}><Input maxLength={30} /></Form.Item>
        </Space>
        {type === 'ARREARS_COMPLAINT' && (
          <ArrearsFieldset getFields={() => form.getFieldValue('arrears') ?? {}} getClaim={() => form.getFieldValue('description') ?? ''} terms={terms} onTerms={setTerms} />
        )}
        <Form.Item label={t('appeals.form.attachments')}>
          <AttachmentUpload value={attachments} onChange={setAttachments} onBusy={setUploading} testId="appeal-attachments" />
        </Form.Item>
        {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={error} data-testid="submit-error" />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="appeal-submit">{t('appeals.form.submit')}</Button>
      </Form>
    </div>
  );
}
