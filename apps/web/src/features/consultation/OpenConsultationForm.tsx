import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Radio, Select, Space, Switch } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { fetchLawWorks } from '../law/law-api';
import { fetchDrafts } from '../publication/publication-api';
import { openConsultation } from './consultation-api';
import { consultationMessages } from './consultation-messages';
import { consolePath } from './consultation-paths';

interface Values { source: 'LAW' | 'POLICY'; policyVersionId?: string; notifyEnterprises: boolean; workId: string; versionId: string; kind: 'REGULATION' | 'POLICY_DOCUMENT'; title: string; issuingBody: string; startDate: string; endDate: string; phone?: string; email?: string; address?: string; explanatoryNote: string; isIdentityPublished: boolean; shortPeriodReason?: string }

const orNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/** An officer opens a consultation on a text of the law library; refusals (period, calendar) are shown as the server words them. */
export function OpenConsultationForm() {
  const t = useMessages(consultationMessages);
  const { language } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { data: works } = useApi(fetchLawWorks, []);
  const { data: policies } = useApi(() => fetchDrafts(), []);
  const [form] = Form.useForm<Values>();
  const workId = Form.useWatch('workId', form);
  const source = Form.useWatch('source', form) ?? 'LAW';
  const consultable = (policies ?? []).filter((p) => p.status === 'DRAFTED' || p.status === 'SUBMITTED_FOR_REVIEW' || p.status === 'PUBLISHED');
  const [busy, setBusy] = useState(false);
  const versions = works?.find((w) => w.id === workId)?.versions ?? [];
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const c = await openConsultation({
        draft: v.source === 'POLICY' ? { kind: 'CONSOLE_POLICY', workId: 'console-policy', versionId: v.policyVersionId ?? '' } : { kind: v.kind, workId: v.workId, versionId: v.versionId }, title: v.title, issuingBody: v.issuingBody,
        contact: { name: null, phone: orNull(v.phone), email: orNull(v.email), address: orNull(v.address) },
        startDate: v.startDate, endDate: v.endDate, explanatoryNote: v.explanatoryNote, isIdentityPublished: v.isIdentityPublished, shortPeriodReason: orNull(v.shortPeriodReason),
        notifyEnterprises: v.notifyEnterprises,
      });
      navigate(consolePath(c.consultationId));
    } catch (e) {
      message.error(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ source: 'LAW', kind: 'REGULATION', isIdentityPublished: false, notifyEnterprises: true }} data-testid="open-consultation-form" style={{ maxWidth: 720 }}>
      <Form.Item name="source" label={t('c.open.source')}>
        <Radio.Group data-testid="open-source" options={[{ value: 'LAW', label: t('c.open.source.law') }, { value: 'POLICY', label: t('c.open.source.policy') }]} />
      </Form.Item>
      {source === 'POLICY' ? (
        <Form.Item name="policyVersionId" label={t('c.open.policy')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" data-testid="open-policy" options={consultable.map((p) => ({ value: p.id, label: t('c.open.policyOption', { title: p.titleZh, v: p.version }) }))} />
        </Form.Item>
      ) : (
        <>
        <Form.Item name="workId" label={t('c.open.work')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" data-testid="open-work" options={(works ?? []).map((w) => ({ value: w.id, label: w.title }))} onChange={() => form.setFieldValue('versionId', undefined)} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="versionId" label={t('c.open.version')} rules={[{ required: true }]}>
            <Select style={{ minWidth: 200 }} data-testid="open-version" options={versions.map((v) => ({ value: v.id, label: v.label ? `${v.id} ${v.label}` : v.id }))} />
          </Form.Item>
          <Form.Item name="kind" label={t('c.open.kind')}>
            <Select style={{ minWidth: 160 }} options={(['REGULATION', 'POLICY_DOCUMENT'] as const).map((k) => ({ value: k, label: t(`c.open.kind.${k}`) }))} />
          </Form.Item>
        </Space>
        </>
      )}
      <Form.Item name="title" label={t('c.col.title')} rules={[{ required: true, whitespace: true }]}><Input data-testid="open-title" /></Form.Item>
      <Form.Item name="issuingBody" label={t('c.issuer')} rules={[{ required: true, whitespace: true }]}><Input data-testid="open-issuer" /></Form.Item>
      <Space wrap>
        <Form.Item name="startDate" label={t('c.open.start')} rules={[{ required: true }]}><Input type="date" data-testid="open-start" /></Form.Item>
        <Form.Item name="endDate" label={t('c.open.end')} rules={[{ required: true }]}><Input type="date" data-testid="open-end" /></Form.Item>
      </Space>
      <Form.Item name="shortPeriodReason" label={t('c.shortReason')}><Input data-testid="open-short-reason" /></Form.Item>
      <Space wrap>
        <Form.Item name="phone" label={t('c.open.phone')}><Input data-testid="open-phone" /></Form.Item>
        <Form.Item name="email" label={t('c.open.email')}><Input /></Form.Item>
      </Space>
      <Form.Item name="address" label={t('c.open.address')}><Input /></Form.Item>
      <Form.Item name="explanatoryNote" label={t('c.note')} rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={4} data-testid="open-note" /></Form.Item>
      <Form.Item name="isIdentityPublished" label={t('c.open.identity')} valuePropName="checked"><Switch /></Form.Item>
      <Form.Item name="notifyEnterprises" label={t('c.open.notify')} valuePropName="checked"><Switch data-testid="open-notify" /></Form.Item>
      <Button type="primary" onClick={submit} loading={busy} data-testid="open-submit">{t('c.open.submit')}</Button>
    </Form>
  );
}
