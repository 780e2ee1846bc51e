import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { adminMessages } from './admin-messages';
import { createToken, fetchDepartments, fetchTokens, INTAKE_KINDS, revokeToken, type DepartmentToken, type IntakeKind } from './admin-api';
import { pick } from './admin-text';

interface Values {
  departmentId: string;
  name: string;
  intakeKinds: IntakeKind[];
  expiresOn: Dayjs;
}

const STATUS_COLOR = { ACTIVE: 'green', EXPIRED: 'orange', REVOKED: 'default' } as const;

/** 接口令牌: tokens of department systems — one department, the data kinds it may submit, an expiry; last use; revoke (confirmed). */
export function TokensPage() {
  const t = useMessages(adminMessages);
  const { language } = useI18n();
  const { message, modal } = App.useApp();
  const tokens = useApi(fetchTokens, []);
  const depts = useApi(fetchDepartments, []);
  const [isAdding, setAdding] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [form] = Form.useForm<Values>();
  if (tokens.error) return <LoadFailure error={tokens.error} onRetry={tokens.reload} />;

  const onAdd = async (v: Values) => {
    setFailure(undefined);
    try {
      // The token lives to the end of the chosen day, Beijing time.
      const expiresAt = new Date(`${v.expiresOn.format('YYYY-MM-DD')}T23:59:59+08:00`).toISOString();
      const r = await createToken({ departmentId: v.departmentId, name: v.name, intakeKinds: v.intakeKinds, expiresAt });
      setAdding(false);
      form.resetFields();
      modal.success({
        title: t('admin.tok.issuedTitle'), width: 560,
        content: (<><Typography.Paragraph>{t('admin.tok.issuedText')}</Typography.Paragraph><Typography.Text code copyable data-testid="issued-token">{r.token}</Typography.Text></>),
      });
      tokens.reload();
    } catch (e) {
      setFailure(e);
    }
  };
  const onRevoke = async (tok: DepartmentToken) => {
    try {
      await revokeToken(tok.id);
      void message.success(t('admin.acct.done'));
    } catch (e) {
      void message.error(errorMessage(e, language));
    }
    tokens.reload();
  };
  const items = tokens.data?.items ?? [];
  const kindText = (k: IntakeKind) => t(`admin.kind.${k}`);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('admin.tok.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.tok.intro')}</Typography.Paragraph>
      <Button type="primary" onClick={() => { setFailure(undefined); setAdding(true); }} data-testid="token-add">{t('admin.tok.add')}</Button>
      <Table<DepartmentToken>
        rowKey="id" loading={tokens.isLoading} dataSource={items} scroll={{ x: true }} data-testid="token-table" pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('admin.tok.name'), dataIndex: 'name' },
          {
            title: t('admin.tok.department'), render: (_, x) => pick(x.departmentName, language),
            filters: [...new Map(items.map((x) => [x.departmentId, pick(x.departmentName, language)])).entries()].map(([value, text]) => ({ value, text })),
            onFilter: (value, x) => x.departmentId === value,
          },
          { title: t('admin.tok.kinds'), render: (_, x) => <Space size={4} wrap>{x.intakeKinds.map((k) => <Tag key={k}>{kindText(k)}</Tag>)}</Space> },
          { title: t('admin.tok.prefix'), render: (_, x) => <Typography.Text code>{x.prefix}…</Typography.Text> },
          { title: t('admin.tok.expires'), render: (_, x) => (x.expiresAt ? formatTimestamp(x.expiresAt, language) : '—') },
          { title: t('admin.tok.lastUsed'), render: (_, x) => (x.lastUsedAt ? formatTimestamp(x.lastUsedAt, language) : t('admin.tok.never')) },
          {
            title: t('admin.tok.status'), render: (_, x) => <Tag color={STATUS_COLOR[x.status]}>{t(`admin.tok.${x.status}`)}</Tag>,
            filters: (['ACTIVE', 'EXPIRED', 'REVOKED'] as const).map((s) => ({ value: s, text: t(`admin.tok.${s}`) })), onFilter: (value, x) => x.status === value,
          },
          {
            title: t('admin.common.actions'),
            render: (_, x) => (x.status === 'REVOKED' ? null : (
              <Popconfirm title={t('admin.tok.revokeConfirm', { name: x.name })} onConfirm={() => onRevoke(x)} okText={t('admin.tok.revoke')} cancelText={t('admin.common.cancel')}>
                <Button size="small" danger>{t('admin.tok.revoke')}</Button>
              </Popconfirm>
            )),
          },
        ]}
      />
      <Modal open={isAdding} title={t('admin.tok.add')} okText={t('admin.tok.add')} cancelText={t('admin.common.cancel')} onOk={() => form.submit()} onCancel={() => setAdding(false)} destroyOnHidden forceRender>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={onAdd} requiredMark={false} initialValues={{ intakeKinds: [], expiresOn: dayjs().add(1, 'year') }}>
          <Form.Item name="departmentId" label={t('admin.tok.department')} rules={[{ required: true, message: t('admin.common.required') }]}>
            <Select showSearch optionFilterProp="label" options={(depts.data?.items ?? []).filter((d) => !d.deactivatedAt).map((d) => ({ value: d.id, label: pick(d.name, language) }))} data-testid="token-department" />
          </Form.Item>
          <Form.Item name="name" label={t('admin.tok.name')} extra={t('admin.tok.nameHelp')} rules={[{ required: true, whitespace: true, message: t('admin.common.required') }]}>
            <Input maxLength={100} data-testid="token-name" />
          </Form.Item>
          <Form.Item name="intakeKinds" label={t('admin.tok.kinds')} rules={[{ required: true, type: 'array', min: 1, message: t('admin.common.required') }]}>
            <Checkbox.Group options={INTAKE_KINDS.map((k) => ({ value: k, label: kindText(k) }))} data-testid="token-kinds" />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('admin.tok.expires')} rules={[{ required: true, message: t('admin.common.required') }, { validator: async (_, v?: Dayjs) => { if (v && !v.isAfter(dayjs(), 'day')) throw new Error(t('admin.tok.expiresFuture')); } }]}>
            <DatePicker disabledDate={(d) => !d.isAfter(dayjs(), 'day') || d.isAfter(dayjs().add(730, 'day'))} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
