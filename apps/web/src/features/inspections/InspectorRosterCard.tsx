import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Table, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchInspectors, saveInspector, type Inspector } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';

/** 执法检查人员名录库: the department's inspectors with their declared conflicts (recusals). */
export function InspectorRosterCard({ canManage }: { canManage: boolean }) {
  const { language } = useI18n();
  const { message } = App.useApp();
  const t = useMessages(inspectionsMessages);
  const roster = useApi(fetchInspectors, []);
  const [isAdding, setAdding] = useState(false);
  const [form] = Form.useForm<{ certificateNo: string; name: string; conflicts?: string }>();

  const save = async () => {
    const v = await form.validateFields();
    const conflicts = (v.conflicts ?? '').split('\n').map((s) => s.trim().toUpperCase()).filter(Boolean);
    try {
      await saveInspector(v.certificateNo.replace(/[^A-Za-z0-9-]/g, '-'), { name: v.name, certificateNo: v.certificateNo, conflicts, isActive: true });
      message.success(t('insp.roster.saved'));
      setAdding(false);
      form.resetFields();
      roster.reload();
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };

  if (roster.error) return <LoadFailure error={roster.error} onRetry={roster.reload} />;
  return (
    <Card
      title={t('insp.roster.title')}
      style={{ marginTop: 16 }}
      data-testid="inspector-roster"
      extra={canManage ? <Button data-testid="inspector-add" onClick={() => setAdding(true)}>{t('insp.roster.add')}</Button> : null}
    >
      <Typography.Paragraph type="secondary">{t('insp.roster.intro')}</Typography.Paragraph>
      <Table<Inspector>
        rowKey="id"
        size="small"
        loading={roster.isLoading}
        dataSource={roster.data ?? []}
        locale={{ emptyText: t('insp.roster.empty') }}
        pagination={false}
        columns={[
          { title: t('insp.roster.name'), dataIndex: 'name' },
          { title: t('insp.roster.code'), dataIndex: 'certificateNo' },
          { title: t('insp.roster.conflicts'), render: (_: unknown, i) => (i.conflicts.length > 0 ? t('insp.roster.conflictCount', { n: i.conflicts.length }) : '—') },
        ]}
      />
      <Modal open={isAdding} title={t('insp.roster.add')} onCancel={() => setAdding(false)} onOk={() => void save()} okButtonProps={{ 'data-testid': 'inspector-save' } as ButtonProps} destroyOnHidden>
        <Form form={form} layout="vertical" name="inspector">
          <Form.Item name="name" label={t('insp.roster.name')} rules={[{ required: true, message: t('insp.form.required') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="certificateNo" label={t('insp.roster.code')} rules={[{ required: true, message: t('insp.form.required') }, { pattern: /^[A-Za-z0-9-]{1,64}$/, message: t('insp.roster.code') }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="conflicts" label={t('insp.roster.conflicts')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
