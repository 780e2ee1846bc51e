import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { adminMessages } from './admin-messages';
import { accountAction, createAccount, fetchAccounts, fetchDepartments, fetchJurisdictions, OFFICER_ROLES, resetAccountPassword, type AdminAccount } from './admin-api';
import { needsDepartment, pick, ROLE_TEXT } from './admin-text';

interface Values {
  displayName: string;
  username: string;
  role: string;
  departmentId?: string;
  jurisdiction?: string;
  password: string;
}

/** 人员账号: officers' accounts; create with role and department, disable/enable, require a password change, reset (all confirmed). */
export function AccountsPage() {
  const t = useMessages(adminMessages);
  const { language } = useI18n();
  const { message, modal } = App.useApp();
  const accounts = useApi(fetchAccounts, []);
  const depts = useApi(fetchDepartments, []);
  const jurisdictions = useApi(fetchJurisdictions, []);
  const [isAdding, setAdding] = useState(false);
  const [query, setQuery] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  if (accounts.error) return <LoadFailure error={accounts.error} onRetry={accounts.reload} />;

  const onAdd = async (v: Values) => {
    setFailure(undefined);
    try {
      await createAccount({ username: v.username.trim().toLowerCase(), displayName: v.displayName, role: v.role, password: v.password, departmentId: needsDepartment(v.role) ? v.departmentId ?? null : null, jurisdiction: needsDepartment(v.role) ? null : v.jurisdiction ?? null });
      void message.success(t('admin.acct.created'));
      setAdding(false);
      form.resetFields();
      accounts.reload();
    } catch (e) {
      setFailure(e);
    }
  };
  const act = async (a: AdminAccount, action: 'disable' | 'enable' | 'force-password-change') => {
    try {
      await accountAction(a.id, action);
      void message.success(t('admin.acct.done'));
    } catch (e) {
      void message.error(errorMessage(e, language));
    }
    accounts.reload();
  };
  const reset = async (a: AdminAccount) => {
    try {
      const r = await resetAccountPassword(a.id);
      modal.info({
        title: t('admin.acct.resetTitle'),
        content: (<><Typography.Paragraph>{t('admin.acct.resetText', { name: a.displayName })}</Typography.Paragraph><Typography.Text code copyable data-testid="temporary-password">{r.temporaryPassword}</Typography.Text></>),
      });
    } catch (e) {
      void message.error(errorMessage(e, language));
    }
    accounts.reload();
  };
  const required = { required: true, whitespace: true, message: t('admin.common.required') };
  const deptOptions = (depts.data?.items ?? []).filter((d) => !d.deactivatedAt).map((d) => ({ value: d.id, label: pick(d.name, language) }));
  const q = query.trim().toLowerCase();
  const rows = (accounts.data?.items ?? []).filter((a) => !q || a.username.includes(q) || a.displayName.toLowerCase().includes(q));

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('admin.acct.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.acct.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button type="primary" onClick={() => { setFailure(undefined); setAdding(true); }} data-testid="account-add">{t('admin.acct.add')}</Button>
        <Input.Search allowClear placeholder={t('admin.common.search')} onChange={(e) => setQuery(e.target.value)} style={{ maxWidth: 280 }} />
      </Space>
      <Table<AdminAccount>
        rowKey="id" loading={accounts.isLoading} dataSource={rows} scroll={{ x: true }} data-testid="account-table" pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('admin.acct.displayName'), dataIndex: 'displayName' },
          { title: t('admin.acct.username'), dataIndex: 'username' },
          {
            title: t('admin.acct.role'), render: (_, a) => pick(ROLE_TEXT[a.role], language),
            filters: OFFICER_ROLES.map((r) => ({ value: r, text: pick(ROLE_TEXT[r], language) })), onFilter: (value, a) => a.role === value,
          },
          {
            title: t('admin.acct.department'), render: (_, a) => pick(a.departmentName, language) || '—',
            filters: deptOptions.map((d) => ({ value: d.value, text: d.label })), onFilter: (value, a) => a.departmentId === value,
          },
          {
            title: t('admin.acct.status'),
            render: (_, a) => (
              <Space size={4} wrap>
                {a.disabled ? <Tag>{t('admin.acct.disabled')}</Tag> : <Tag color="green">{t('admin.acct.active')}</Tag>}
                {a.mustChangePassword && <Tag color="orange">{t('admin.acct.mustChange')}</Tag>}
              </Space>
            ),
            filters: [{ value: 'active', text: t('admin.acct.active') }, { value: 'off', text: t('admin.acct.disabled') }], onFilter: (value, a) => (value === 'active') === !a.disabled,
          },
          { title: t('admin.acct.opened'), render: (_, a) => (a.createdAt ? formatTimestamp(a.createdAt, language) : '—') },
          {
            title: t('admin.common.actions'),
            render: (_, a) => (
              <Space wrap>
                {a.disabled ? (
                  <Button size="small" onClick={() => act(a, 'enable')}>{t('admin.acct.enable')}</Button>
                ) : (
                  <Popconfirm title={t('admin.acct.disableConfirm', { name: a.displayName })} onConfirm={() => act(a, 'disable')} okText={t('admin.acct.disable')} cancelText={t('admin.common.cancel')}>
                    <Button size="small" danger data-testid={`account-disable-${a.username}`}>{t('admin.acct.disable')}</Button>
                  </Popconfirm>
                )}
                <Popconfirm title={t('admin.acct.forceChangeConfirm', { name: a.displayName })} onConfirm={() => act(a, 'force-password-change')} okText={t('admin.acct.forceChange')} cancelText={t('admin.common.cancel')}>
                  <Button size="small">{t('admin.acct.forceChange')}</Button>
                </Popconfirm>
                <Popconfirm title={t('admin.acct.resetConfirm', { name: a.displayName })} onConfirm={() => reset(a)} okText={t('admin.acct.reset')} cancelText={t('admin.common.cancel')}>
                  <Button size="small" data-testid={`account-reset-${a.username}`}>{t('admin.acct.reset')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={isAdding} title={t('admin.acct.add')} okText={t('admin.common.save')} cancelText={t('admin.common.cancel')} onOk={() => form.submit()} onCancel={() => setAdding(false)} destroyOnHidden forceRender>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={onAdd} requiredMark={false} initialValues={{ role: 'DEPARTMENT', jurisdiction: 'cn-gd-sz' }}>
          <Form.Item name="displayName" label={t('admin.acct.displayName')} rules={[required]}><Input maxLength={100} data-testid="account-name" /></Form.Item>
          <Form.Item name="username" label={t('admin.acct.username')} extra={t('admin.acct.usernameHelp')} rules={[required, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, message: t('admin.acct.usernameHelp') }]}>
            <Input maxLength={64} autoComplete="off" data-testid="account-username" />
          </Form.Item>
          <Form.Item name="role" label={t('admin.acct.role')} rules={[{ required: true, message: t('admin.common.required') }]}>
            <Select options={OFFICER_ROLES.map((r) => ({ value: r, label: pick(ROLE_TEXT[r], language) }))} data-testid="account-role" />
          </Form.Item>
          {needsDepartment(role) ? (
            <Form.Item name="departmentId" label={t('admin.acct.department')} extra={t('admin.acct.departmentHelp')} rules={[{ required: true, message: t('admin.common.required') }]}>
              <Select showSearch optionFilterProp="label" options={deptOptions} data-testid="account-department" />
            </Form.Item>
          ) : (
            <Form.Item name="jurisdiction" label={t('admin.acct.jurisdiction')} rules={[{ required: true, message: t('admin.common.required') }]}>
              <Select showSearch optionFilterProp="label" options={(jurisdictions.data?.items ?? []).map((j) => ({ value: j.id, label: pick(j.name, language) }))} />
            </Form.Item>
          )}
          <Form.Item name="password" label={t('admin.acct.password')} extra={t('admin.acct.passwordHelp')} rules={[{ required: true, message: t('admin.common.required') }, { min: 12, message: t('admin.acct.passwordHelp') }]}>
            <Input.Password autoComplete="new-password" data-testid="account-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
