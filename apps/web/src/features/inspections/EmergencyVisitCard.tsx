import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { fetchInspectors, fetchItems, registerEmergencyVisit, type RegisteredVisit } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';

/**
 * 应急检查: an inspection outside any plan is registered before it is carried out — the enterprise
 * code scanned, published items, at least two active inspectors without a declared conflict, and
 * the reason. The task code is shown to the enterprise like a planned one.
 */
export function EmergencyVisitCard() {
  const t = useMessages(inspectionsMessages);
  const { language } = useI18n();
  const { message } = App.useApp();
  const items = useApi(() => fetchItems(), []);
  const roster = useApi(fetchInspectors, []);
  const [form] = Form.useForm<{ code: string; itemIds: string[]; inspectorIds: string[]; reason: string }>();
  const [visit, setVisit] = useState<RegisteredVisit | null>(null);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      setVisit(await registerEmergencyVisit({ enterpriseCode: v.code.trim(), inspectorIds: v.inspectorIds, emergency: { itemIds: v.itemIds, reason: v.reason.trim() } }));
      message.success(t('insp.visit.registered'));
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };
  const required = [{ required: true, message: t('insp.form.required') }];
  return (
    <Card title={t('insp.emergency.title')} style={{ marginTop: 16 }} data-testid="emergency-visit" data-state={visit ? 'registered' : 'open'}>
      <Typography.Paragraph type="secondary">{t('insp.emergency.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="emergency" onValuesChange={() => setVisit(null)}>
        <Form.Item name="code" label={t('insp.visit.code')} rules={required}><Input /></Form.Item>
        <Form.Item name="itemIds" label={t('insp.plan.items')} rules={required}>
          <Select mode="multiple" data-testid="emergency-items" options={(items.data?.items ?? []).filter((i) => i.publishedAt).map((i) => ({ value: i.id, label: i.name }))} />
        </Form.Item>
        <Form.Item name="inspectorIds" label={t('insp.task.inspectors')} rules={[...required, { validator: (_, v: string[] | undefined) => ((v?.length ?? 0) >= 2 ? Promise.resolve() : Promise.reject(new Error(t('insp.emergency.two')))) }]}>
          <Select mode="multiple" data-testid="emergency-inspectors" options={(roster.data ?? []).filter((i) => i.isActive).map((i) => ({ value: i.id, label: i.name }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('insp.emergency.reason')} rules={required}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        <Button type="primary" onClick={() => void submit()} data-testid="emergency-register">{t('insp.visit.register')}</Button>
      </Form>
      {visit && (
        <div style={{ marginTop: 16 }}>
          <Typography.Paragraph>{t('insp.visit.showCode')}</Typography.Paragraph>
          <img alt={t('insp.visit.qr')} width={200} height={200} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(visit.svg)}`} />
          <Typography.Paragraph copyable={{ text: visit.taskCode }} data-testid="emergency-task-code" data-code={visit.taskCode}>{t('insp.visit.copyCode')}</Typography.Paragraph>
        </div>
      )}
    </Card>
  );
}
