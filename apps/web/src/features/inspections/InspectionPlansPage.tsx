import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { createPlan, fetchDefaultRatios, fetchItems, fetchPlans, type Plan } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { GRADES, percentText } from './labels';
import { InspectorRosterCard } from './InspectorRosterCard';
import { EmergencyVisitCard } from './EmergencyVisitCard';
import { useFormat } from '../../i18n/format-messages';

/** `/inspections/plans`: a department's 双随机 plans; a new plan takes published items and ratios per risk grade. */
export function InspectionPlansPage() {
  const { language } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const t = useMessages(inspectionsMessages);
  const f = useFormat();
  const plans = useApi(fetchPlans, []);
  const items = useApi(() => fetchItems(), []);
  const defaults = useApi(() => fetchDefaultRatios('cn-gd-sz'), []);
  const [isAdding, setAdding] = useState(false);
  const [form] = Form.useForm<{ title: string; kind: 'ANNUAL' | 'AD_HOC'; year: number; itemIds: string[]; window?: [Dayjs, Dayjs] | null } & Record<string, unknown>>();

  const save = async () => {
    const v = await form.validateFields();
    const ratios: Record<string, string> = {};
    for (const g of GRADES) {
      const pct = v[`ratio_${g}`] as number | undefined;
      if (typeof pct === 'number') ratios[g] = String(pct / 100);
    }
    try {
      const window = v.window ? { from: v.window[0].format('YYYY-MM-DD'), to: v.window[1].format('YYYY-MM-DD') } : undefined;
      const plan = await createPlan({ title: v.title, kind: v.kind, year: v.year, itemIds: v.itemIds, ratios, ...(window ? { window } : {}) });
      message.success(t('insp.plan.created'));
      setAdding(false);
      void navigate(`/inspections/plans/${plan.planId}`);
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };

  const failure = plans.error ?? items.error ?? defaults.error;
  if (failure) return <LoadFailure error={failure} onRetry={() => { plans.reload(); items.reload(); defaults.reload(); }} />;
  const defaultOf = (g: string) => defaults.data?.find((d) => d.stratum === g);
  const published = (items.data?.items ?? []).filter((i) => i.publishedAt);
  return (
    <div data-testid="inspection-plans">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('insp.plans.title')}</Typography.Title>
        {plans.data?.canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="plan-add">
            {t('insp.plans.add')}
          </Button>
        )}
      </Space>
      <Table<Plan>
        rowKey="planId"
        loading={plans.isLoading}
        dataSource={plans.data?.items ?? []}
        locale={{ emptyText: t('insp.plans.empty') }}
        scroll={{ x: true }}
        columns={[
          { title: t('insp.plan.title'), render: (_: unknown, p) => <Link to={`/inspections/plans/${p.planId}`}>{p.title}</Link> },
          { title: t('insp.plan.kind'), render: (_: unknown, p) => t(`insp.plan.kind.${p.kind}`) },
          { title: t('insp.plan.year'), dataIndex: 'year' },
          { title: t('insp.col.status'), render: (_: unknown, p) => <Tag color={p.status === 'DRAWN' ? 'green' : p.status === 'SEED_COMMITTED' ? 'blue' : 'default'}>{t(`insp.status.${p.status}`)}</Tag> },
        ]}
      />
      <InspectorRosterCard canManage={plans.data?.canManage ?? false} />
      {plans.data?.canManage && <EmergencyVisitCard />}
      <Modal open={isAdding} title={t('insp.plans.add')} onCancel={() => setAdding(false)} onOk={() => void save()} okButtonProps={{ 'data-testid': 'plan-save' } as ButtonProps} destroyOnHidden width={640}>
        <Form
          form={form}
          name="plan"
          layout="vertical"
          initialValues={{ kind: 'AD_HOC', year: new Date().getFullYear(), ...Object.fromEntries(GRADES.map((g) => [`ratio_${g}`, defaultOf(g) ? Number(defaultOf(g)!.value) * 100 : undefined])) }}
        >
          <Form.Item name="title" label={t('insp.plan.title')} rules={[{ required: true, message: t('insp.form.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="kind" label={t('insp.plan.kind')}>
              <Select style={{ width: 180 }} options={(['ANNUAL', 'AD_HOC'] as const).map((k) => ({ value: k, label: t(`insp.plan.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="year" label={t('insp.plan.year')}>
              <InputNumber min={2000} max={2200} />
            </Form.Item>
          </Space>
          <Form.Item name="window" label={t('insp.plan.window')}>
            <DatePicker.RangePicker style={{ width: '100%' }} data-testid="plan-window" />
          </Form.Item>
          <Form.Item name="itemIds" label={t('insp.plan.items')} rules={[{ required: true, message: t('insp.form.required') }]}>
            <Select mode="multiple" data-testid="plan-items" options={published.map((i) => ({ value: i.id, label: i.name }))} />
          </Form.Item>
          <Typography.Text strong>{t('insp.plan.ratios')}</Typography.Text>
          {GRADES.map((g) => (
            <Form.Item
              key={g}
              name={`ratio_${g}`}
              label={t(`insp.grade.${g}`)}
              extra={defaultOf(g) ? `${t('insp.plan.ratioDefault')}${defaultOf(g)!.unverified ? f.withNote(percentText(defaultOf(g)!.value), t('insp.plan.unverified')) : percentText(defaultOf(g)!.value)}` : undefined}
            >
              <InputNumber min={0} max={100} step={0.5} addonAfter="%" />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </div>
  );
}
