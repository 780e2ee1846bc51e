import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { useAuth } from '../auth/use-auth';
import { accountsMessages } from './accounts-messages';
import { addStaff, fetchStaff, removeStaff, type StaffAccount } from './accounts-api';

interface AddValues {
  displayName: string;
  username: string;
  password: string;
}

/** 账号管理: the enterprise's accounts; its administrator adds and removes colleagues. */
export function StaffPage() {
  const t = useMessages(accountsMessages);
  const { language } = useI18n();
  const { me } = useAuth();
  const { message } = App.useApp();
  const uscc = me?.uscc ?? '';
  const { data, error, reload } = useApi(() => fetchStaff(uscc), [uscc]);
  const [isAdding, setAdding] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [form] = Form.useForm<AddValues>();
  if (error) return <LoadFailure error={error} onRetry={reload} />;

  const onAdd = async (values: AddValues) => {
    setFailure(undefined);
    try {
      await addStaff(uscc, { ...values, username: values.username.trim().toLowerCase() });
      void message.success(t('accounts.staff.added'));
      setAdding(false);
      form.resetFields();
      reload();
    } catch (e) {
      setFailure(e);
    }
  };
  const onRemove = async (account: StaffAccount) => {
    try {
      await removeStaff(uscc, account.userId);
      void message.success(t('accounts.staff.removed'));
    } catch (e) {
      void message.error(errorMessage(e, language));
    }
    reload();
  };
  const required = { required: true, whitespace: true, message: t('accounts.register.required') };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('accounts.staff.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('accounts.staff.intro')}</Typography.Paragraph>
      {data && !data.canManage && <Alert type="info" showIcon title={t('accounts.staff.notAdmin')} />}
      {data?.canManage && <Button type="primary" onClick={() => setAdding(true)} data-testid="staff-add">{t('accounts.staff.add')}</Button>}
      <Table<StaffAccount>
        rowKey="userId" loading={!data} dataSource={data?.items ?? []} pagination={false} scroll={{ x: true }} data-testid="staff-table"
        columns={[
          { title: t('accounts.staff.col.name'), dataIndex: 'displayName' },
          { title: t('accounts.staff.col.username'), render: (_, a) => (a.signIn === 'OIDC' ? '—' : a.username) },
          { title: t('accounts.staff.col.role'), render: (_, a) => (a.isAdministrator ? <Tag color="blue">{t('accounts.staff.administrator')}</Tag> : <Tag>{t('accounts.staff.member')}</Tag>) },
          { title: t('accounts.staff.col.signIn'), render: (_, a) => t(a.signIn === 'OIDC' ? 'accounts.staff.signIn.OIDC' : 'accounts.staff.signIn.PASSWORD') },
          { title: t('accounts.staff.col.since'), render: (_, a) => formatTimestamp(a.createdAt, language) },
          ...(data?.canManage ? [{
            title: t('accounts.staff.col.actions'),
            render: (_: unknown, a: StaffAccount) => (a.isAdministrator ? null : (
              <Popconfirm title={t('accounts.staff.removeConfirm', { name: a.displayName })} onConfirm={() => onRemove(a)} okText={t('accounts.staff.remove')} cancelText={t('accounts.staff.cancel')}>
                <Button danger size="small" data-testid={`staff-remove-${a.username}`}>{t('accounts.staff.remove')}</Button>
              </Popconfirm>
            )),
          }] : []),
        ]}
      />
      <Modal open={isAdding} title={t('accounts.staff.add')} okText={t('accounts.staff.ok')} cancelText={t('accounts.staff.cancel')} onOk={() => form.submit()} onCancel={() => setAdding(false)} destroyOnHidden>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
        <Form<AddValues> form={form} layout="vertical" onFinish={onAdd} requiredMark={false}>
          <Form.Item name="displayName" label={t('accounts.staff.col.name')} rules={[required]}><Input maxLength={100} /></Form.Item>
          <Form.Item name="username" label={t('accounts.register.username')} extra={t('accounts.register.usernameHelp')} rules={[required]}><Input maxLength={64} autoComplete="off" /></Form.Item>
          <Form.Item name="password" label={t('accounts.staff.initialPassword')} extra={t('accounts.register.passwordHelp')} rules={[{ required: true, message: t('accounts.register.required') }]}><Input.Password autoComplete="new-password" /></Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
