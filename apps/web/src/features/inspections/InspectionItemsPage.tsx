import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { createItem, fetchItems, publishItem, type Item, type ItemInput, type Method } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { useFormat } from '../../i18n/format-messages';

const METHODS: Method[] = ['ON_SITE', 'IN_WRITING', 'REMOTE'];

/** `/inspections/items`: a department's 检查事项清单 — register an item with its legal basis, then publish it. */
export function InspectionItemsPage() {
  const { language } = useI18n();
  const { message } = App.useApp();
  const t = useMessages(inspectionsMessages);
  const f = useFormat();
  const items = useApi(() => fetchItems(), []);
  const [isAdding, setAdding] = useState(false);
  const [form] = Form.useForm<{ name: string; basis: string; method: Method; cap: number }>();

  const publish = async (item: Item) => {
    try {
      await publishItem(item.id);
      message.success(t('insp.action.published'));
      items.reload();
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };
  const save = async () => {
    const v = await form.validateFields();
    const input: ItemInput = { name: v.name, legalBasis: v.basis.split('\n').map((s) => s.trim()).filter(Boolean), method: v.method, annualCapPerEnterprise: v.cap };
    try {
      await createItem(input);
      message.success(t('insp.form.saved'));
      setAdding(false);
      form.resetFields();
      items.reload();
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };

  if (items.error) return <LoadFailure error={items.error} onRetry={items.reload} />;
  return (
    <div data-testid="inspection-items">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('insp.items.title')}</Typography.Title>
        {items.data?.canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="item-add">
            {t('insp.items.add')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('insp.items.intro')}</Typography.Paragraph>
      <Table<Item>
        rowKey="id"
        loading={items.isLoading}
        dataSource={items.data?.items ?? []}
        locale={{ emptyText: t('insp.items.empty') }}
        scroll={{ x: true }}
        columns={[
          { title: t('insp.col.name'), dataIndex: 'name' },
          { title: t('insp.col.basis'), render: (_: unknown, i) => i.legalBasis.map((b) => <div key={b.address}>{f.lawCitation(b.title, b.citation)}</div>) },
          { title: t('insp.col.method'), render: (_: unknown, i) => t(`insp.method.${i.method}`) },
          { title: t('insp.col.cap'), render: (_: unknown, i) => t('insp.cap.times', { n: i.annualCapPerEnterprise }) },
          {
            title: t('insp.col.status'),
            render: (_: unknown, i) =>
              i.publishedAt ? <Tag color="green">{t('insp.status.published')}</Tag> : (
                <Space>
                  <Tag>{t('insp.status.unpublished')}</Tag>
                  {items.data?.canManage && <Button size="small" data-testid={`item-publish-${i.name}`} onClick={() => void publish(i)}>{t('insp.action.publish')}</Button>}
                </Space>
              ),
          },
        ]}
      />
      <Modal open={isAdding} title={t('insp.items.add')} onCancel={() => setAdding(false)} onOk={() => void save()} okButtonProps={{ 'data-testid': 'item-save' } as ButtonProps} destroyOnHidden>
        <Form form={form} name="item" layout="vertical" initialValues={{ method: 'ON_SITE', cap: 1 }}>
          <Form.Item name="name" label={t('insp.form.name')} rules={[{ required: true, message: t('insp.form.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="basis" label={t('insp.form.basis')} extra={t('insp.form.basisHelp')} rules={[{ required: true, message: t('insp.form.required') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="method" label={t('insp.form.method')}>
            <Select options={METHODS.map((m) => ({ value: m, label: t(`insp.method.${m}`) }))} />
          </Form.Item>
          <Form.Item name="cap" label={t('insp.form.cap')}>
            <InputNumber min={1} max={366} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
