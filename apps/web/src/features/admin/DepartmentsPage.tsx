import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { adminMessages } from './admin-messages';
import { createDepartment, deactivateDepartment, fetchDepartments, fetchJurisdictions, updateDepartment, type AdminDepartment } from './admin-api';
import { pick } from './admin-text';

interface Values {
  id: string;
  nameZh: string;
  nameEn?: string;
  jurisdiction: string;
  parentId?: string | null;
  isSmeBureau?: boolean;
}

/** 部门管理: departments with parent and district scope; create, edit, deactivate (confirmed). */
export function DepartmentsPage() {
  const t = useMessages(adminMessages);
  const { language } = useI18n();
  const { message } = App.useApp();
  const depts = useApi(fetchDepartments, []);
  const jurisdictions = useApi(fetchJurisdictions, []);
  const [editing, setEditing] = useState<AdminDepartment | 'new' | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [form] = Form.useForm<Values>();
  if (depts.error) return <LoadFailure error={depts.error} onRetry={depts.reload} />;

  const items = depts.data?.items ?? [];
  const open = (d: AdminDepartment | 'new') => {
    setFailure(undefined);
    setEditing(d);
    form.setFieldsValue(d === 'new' ? { id: '', nameZh: '', nameEn: '', jurisdiction: undefined, parentId: null, isSmeBureau: false } : { id: d.id, nameZh: d.name.zh, nameEn: d.name.en, jurisdiction: d.jurisdiction, parentId: d.parentId });
  };
  const onSave = async (v: Values) => {
    setFailure(undefined);
    try {
      if (editing === 'new') await createDepartment({ id: v.id.trim(), nameZh: v.nameZh, nameEn: v.nameEn ?? '', jurisdiction: v.jurisdiction, parentId: v.parentId ?? null, isSmeBureau: v.isSmeBureau ?? false });
      else if (editing) await updateDepartment(editing.id, { nameZh: v.nameZh, nameEn: v.nameEn ?? '', jurisdiction: v.jurisdiction, parentId: v.parentId ?? null });
      void message.success(t('admin.common.saved'));
      setEditing(null);
      depts.reload();
    } catch (e) {
      setFailure(e);
    }
  };
  const onDeactivate = async (d: AdminDepartment) => {
    try {
      await deactivateDepartment(d.id);
      void message.success(t('admin.dept.deactivatedDone'));
    } catch (e) {
      void message.error(errorMessage(e, language));
    }
    depts.reload();
  };
  const required = { required: true, whitespace: true, message: t('admin.common.required') };
  const jurisdictionOptions = (jurisdictions.data?.items ?? []).map((j) => ({ value: j.id, label: pick(j.name, language) }));
  const parentOptions = items.filter((d) => !d.deactivatedAt && (editing === 'new' || d.id !== (editing as AdminDepartment | null)?.id)).map((d) => ({ value: d.id, label: pick(d.name, language) }));

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('admin.dept.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.dept.intro')}</Typography.Paragraph>
      <Button type="primary" onClick={() => open('new')} data-testid="dept-add">{t('admin.dept.add')}</Button>
      <Table<AdminDepartment>
        rowKey="id" loading={depts.isLoading} dataSource={items} scroll={{ x: true }} data-testid="dept-table" pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('admin.dept.nameZh'), render: (_, d) => <Space size={4}>{pick(d.name, language)}{d.isSmeBureau && <Tag color="blue">{t('admin.dept.isSmeBureau')}</Tag>}</Space>, sorter: (a, b) => a.name.zh.localeCompare(b.name.zh, 'zh') },
          {
            title: t('admin.dept.jurisdiction'), render: (_, d) => pick(d.jurisdictionName, language),
            filters: [...new Map(items.map((d) => [d.jurisdiction, pick(d.jurisdictionName, language)])).entries()].map(([value, text]) => ({ value, text })),
            onFilter: (value, d) => d.jurisdiction === value,
          },
          { title: t('admin.dept.parent'), render: (_, d) => pick(d.parentName, language) || '—' },
          { title: t('admin.dept.officers'), dataIndex: 'activeOfficers', align: 'right' },
          { title: t('admin.dept.tokens'), dataIndex: 'activeTokens', align: 'right' },
          {
            title: t('admin.dept.status'), render: (_, d) => (d.deactivatedAt ? <Tag>{t('admin.dept.deactivated')}</Tag> : <Tag color="green">{t('admin.dept.active')}</Tag>),
            filters: [{ value: 'active', text: t('admin.dept.active') }, { value: 'off', text: t('admin.dept.deactivated') }],
            onFilter: (value, d) => (value === 'active') === !d.deactivatedAt,
          },
          {
            title: t('admin.common.actions'),
            render: (_, d) => (d.deactivatedAt ? null : (
              <Space>
                <Button size="small" onClick={() => open(d)} data-testid={`dept-edit-${d.id}`}>{t('admin.dept.edit')}</Button>
                <Popconfirm title={t('admin.dept.deactivateConfirm', { name: pick(d.name, language) })} onConfirm={() => onDeactivate(d)} okText={t('admin.dept.deactivate')} cancelText={t('admin.common.cancel')}>
                  <Button size="small" danger data-testid={`dept-deactivate-${d.id}`}>{t('admin.dept.deactivate')}</Button>
                </Popconfirm>
              </Space>
            )),
          },
        ]}
      />
      <Modal open={editing !== null} title={editing === 'new' ? t('admin.dept.add') : t('admin.dept.edit')} okText={t('admin.common.save')} cancelText={t('admin.common.cancel')} onOk={() => form.submit()} onCancel={() => setEditing(null)} destroyOnHidden forceRender>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={onSave} requiredMark={false}>
          <Form.Item name="id" label={t('admin.dept.id')} extra={t('admin.dept.idHelp')} rules={[required, { pattern: /^[a-z0-9][a-z0-9-]{1,47}$/, message: t('admin.dept.idHelp') }]}>
            <Input maxLength={48} disabled={editing !== 'new'} autoComplete="off" data-testid="dept-id" />
          </Form.Item>
          <Form.Item name="nameZh" label={t('admin.dept.nameZh')} rules={[required]}><Input maxLength={100} data-testid="dept-name" /></Form.Item>
          <Form.Item name="nameEn" label={t('admin.dept.nameEn')}><Input maxLength={200} /></Form.Item>
          <Form.Item name="jurisdiction" label={t('admin.dept.jurisdiction')} rules={[{ required: true, message: t('admin.common.required') }]}>
            <Select showSearch optionFilterProp="label" options={jurisdictionOptions} loading={jurisdictions.isLoading} data-testid="dept-jurisdiction" />
          </Form.Item>
          <Form.Item name="parentId" label={t('admin.dept.parent')}>
            <Select allowClear placeholder={t('admin.dept.parentNone')} showSearch optionFilterProp="label" options={parentOptions} />
          </Form.Item>
          {editing === 'new' && (
            <Form.Item name="isSmeBureau" label={t('admin.dept.isSmeBureau')} valuePropName="checked" extra={t('admin.dept.isSmeBureauHelp')}><Switch /></Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
