import { useState } from 'react';
import { PaperClipOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Input, Select, Space, Tag, Typography, Upload } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { submitComment, uploadCommentAttachment, type UploadedAttachment } from './consultation-api';
import { consultationMessages } from './consultation-messages';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES } from './comment-attachment';

export interface ArticleOption { eid: string; label: string }

/** Comment on the whole draft or on one article (条/款/项 anchors come from the reader's links), optionally with one attachment. */
export function CommentForm({ consultationId, articles, initialTarget, onSubmitted }: { consultationId: string; articles: readonly ArticleOption[]; initialTarget?: string | null; onSubmitted: () => void }) {
  const t = useMessages(consultationMessages);
  const { language } = useI18n();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [attachment, setAttachment] = useState<UploadedAttachment | null>(null);
  const [form] = Form.useForm<{ targetEid: string; text: string; proposedWording: string }>();
  const upload = async (file: File) => {
    if (file.size > ATTACHMENT_MAX_BYTES) {
      message.error(t('c.form.attachmentTooLarge'));
      return;
    }
    setUploading(true);
    try {
      setAttachment(await uploadCommentAttachment(consultationId, file));
    } catch (e) {
      message.error(errorMessage(e, language));
    } finally {
      setUploading(false);
    }
  };
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await submitComment(consultationId, { targetEid: v.targetEid === '' ? null : v.targetEid, text: v.text, proposedWording: v.proposedWording?.trim() ? v.proposedWording : null, attachmentId: attachment?.id ?? null });
      message.success(t('c.form.sent'));
      form.resetFields(['text', 'proposedWording']);
      setAttachment(null);
      onSubmitted();
    } catch (e) {
      message.error(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ targetEid: initialTarget ?? '' }} data-testid="comment-form">
      <Form.Item name="targetEid" label={t('c.form.target')}>
        <Select showSearch optionFilterProp="label" data-testid="comment-target" options={[{ value: '', label: t('c.whole') }, ...articles.map((a) => ({ value: a.eid, label: a.label }))]} />
      </Form.Item>
      <Form.Item name="text" label={t('c.form.text')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount data-testid="comment-text-input" />
      </Form.Item>
      <Form.Item name="proposedWording" label={t('c.form.wording')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="comment-wording-input" />
      </Form.Item>
      <Form.Item label={t('c.form.attachment')} extra={t('c.form.attachmentHint')}>
        <Space wrap>
          <Upload accept={ATTACHMENT_ACCEPT} showUploadList={false} maxCount={1} beforeUpload={(file) => { void upload(file); return false; }}>
            <Button icon={<PaperClipOutlined />} loading={uploading} data-testid="comment-attachment-button">{t('c.form.attachmentChoose')}</Button>
          </Upload>
          {attachment && (
            <Tag closable onClose={() => setAttachment(null)} data-testid="comment-attachment-name">
              <Typography.Text>{attachment.name}</Typography.Text>
            </Tag>
          )}
        </Space>
      </Form.Item>
      <Button type="primary" onClick={submit} loading={busy} disabled={uploading} data-testid="comment-submit">{t('c.form.submit')}</Button>
    </Form>
  );
}
