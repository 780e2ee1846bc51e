import { useState } from 'react';
import { App, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { accountsMessages } from './accounts-messages';
import { confirmRegistration, fetchPendingRegistrations, rejectRegistration, type Registration } from './accounts-api';

/** 企业注册审核: the bureau confirms or rejects registrations the registry could not confirm. */
export function RegistrationQueuePage() {
  const t = useMessages(accountsMessages);
  const { language, pick } = useI18n();
  const { message } = App.useApp();
  const { data, error, reload } = useApi(() => fetchPendingRegistrations(), []);
  const [rejecting, setRejecting] = useState<Registration | null>(null);
  const [note, setNote] = useState('');
  if (error) return <LoadFailure error={error} onRetry={reload} />;

  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      void message.success(done);
    } catch (e) {
      void message.error(errorMessage(e, language));
    }
    reload();
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('accounts.queue.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('accounts.queue.intro')}</Typography.Paragraph>
      <Table<Registration>
        rowKey="id" loading={!data} dataSource={data?.items ?? []} locale={{ emptyText: t('accounts.queue.empty') }} scroll={{ x: true }} data-testid="registration-queue"
        columns={[
          { title: t('accounts.queue.col.enterprise'), render: (_, r) => <Space direction="vertical" size={0}><span>{r.enterpriseName}</span><Typography.Text type="secondary">{r.uscc}</Typography.Text></Space> },
          { title: t('accounts.queue.col.district'), render: (_, r) => pick(r.district) },
          { title: t('accounts.queue.col.applicant'), dataIndex: 'displayName' },
          {
            title: t('accounts.queue.col.legalRepresentative'),
            render: (_, r) => <Space direction="vertical" size={0}><span>{r.legalRepresentativeName}</span><Tag color="gold">{t(r.registryHasLegalRepresentative ? 'accounts.queue.registryDiffers' : 'accounts.queue.registryMissing')}</Tag></Space>,
          },
          { title: t('accounts.queue.col.submitted'), render: (_, r) => formatTimestamp(r.createdAt, language) },
          {
            title: t('accounts.queue.col.actions'),
            render: (_, r) => (
              <Space wrap>
                <Button type="primary" size="small" onClick={() => act(() => confirmRegistration(r.id), t('accounts.queue.confirmed'))}>{t('accounts.queue.confirm')}</Button>
                <Button danger size="small" onClick={() => { setNote(''); setRejecting(r); }}>{t('accounts.queue.reject')}</Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={rejecting !== null} title={t('accounts.queue.reject')} okText={t('accounts.queue.reject')} cancelText={t('accounts.staff.cancel')}
        okButtonProps={{ danger: true, disabled: note.trim() === '' }} onCancel={() => setRejecting(null)}
        onOk={async () => { const r = rejecting!; setRejecting(null); await act(() => rejectRegistration(r.id, note.trim()), t('accounts.queue.rejected')); }}
      >
        <Typography.Paragraph>{t('accounts.queue.rejectReason')}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </Space>
  );
}
