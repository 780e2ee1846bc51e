import { Alert, Button, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { uploadAttachment } from './appeals-api';
import { appealsMessages } from './appeals-messages';
import { ATTACHMENT_ACCEPT, attachmentProblem } from './attachment-limits';

export interface UploadedAttachment {
  id: string;
  name: string;
}

/**
 * Uploads files one by one as soon as they are chosen (POST /api/appeals/attachments) and lists the
 * uploaded ones; the caller sends their ids with the submission or the action. The limits are shown
 * next to the button and checked before a file is sent.
 */
export function AttachmentUpload({ value, onChange, onBusy, testId }: {
  value: UploadedAttachment[];
  /** A state setter: uploads that end together each add their file. */
  onChange: Dispatch<SetStateAction<UploadedAttachment[]>>;
  /** Told while an upload is running (the caller should not send before it ends). */
  onBusy?: (busy: boolean) => void;
  testId: string;
}) {
  const { language } = useI18n();
  const t = useMessages(appealsMessages);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(0);
  const track = (delta: number) => setUploading((n) => n + delta);
  useEffect(() => onBusy?.(uploading > 0), [uploading, onBusy]);

  return (
    <div data-testid={testId}>
      <Space wrap align="center">
        <Upload
          multiple
          accept={ATTACHMENT_ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            const problem = attachmentProblem(file);
            if (problem === null) return true;
            setError(t(`appeals.upload.${problem}`, { name: file.name }));
            return Upload.LIST_IGNORE;
          }}
          customRequest={async ({ file, onSuccess, onError }) => {
            setError(null);
            track(1);
            try {
              const info = await uploadAttachment(file as File);
              onChange((list) => [...list, { id: info.id, name: info.name }]);
              onSuccess?.(info);
            } catch (e) {
              setError(errorMessage(e, language));
              onError?.(e as Error);
            } finally {
              track(-1);
            }
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading > 0} data-testid={`${testId}-button`}>{t('appeals.form.upload')}</Button>
        </Upload>
        <Typography.Text type="secondary">{t('appeals.upload.limits')}</Typography.Text>
      </Space>
      <ul data-testid={`${testId}-list`} style={{ listStyle: 'none', paddingLeft: 0, margin: '8px 0 0' }}>
        {value.map((a) => (
          <li key={a.id} data-testid={`${testId}-item`}>
            <PaperClipOutlined /> {a.name}{' '}
            <Button type="link" size="small" icon={<DeleteOutlined />} aria-label={t('appeals.upload.remove', { name: a.name })} onClick={() => onChange((list) => list.filter((x) => x.id !== a.id))} />
          </li>
        ))}
      </ul>
      {error && <Alert type="error" showIcon title={error} data-testid={`${testId}-error`} />}
    </div>
  );
}
