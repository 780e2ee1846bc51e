import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Radio, Space, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { requestCode, saveContactToken, verifyCode } from './consultation-api';
import { consultationMessages } from './consultation-messages';

/** Members of the public and associations verify a mobile number or e-mail with a code before commenting. */
export function ContactVerification({ onVerified }: { onVerified: () => void }) {
  const t = useMessages(consultationMessages);
  const { language } = useI18n();
  const { message } = AntApp.useApp();
  const [contactId, setContactId] = useState<string | null>(null);
  const [demoCode, setDemoCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ channel: 'SMS' | 'EMAIL'; address: string; displayName: string; commenterKind: 'PUBLIC' | 'ASSOCIATION'; code: string }>();
  const send = async () => {
    const v = await form.validateFields(['channel', 'address', 'displayName', 'commenterKind']);
    setBusy(true);
    try {
      const r = await requestCode(v);
      setContactId(r.contactId);
      setDemoCode(r.demoCode ?? null);
    } catch (e) {
      message.error(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };
  const check = async () => {
    if (!contactId) return;
    setBusy(true);
    try {
      const r = await verifyCode(contactId, form.getFieldValue('code') as string);
      saveContactToken(r.token);
      message.success(t('c.verify.done'));
      onVerified();
    } catch (e) {
      message.error(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ channel: 'SMS', commenterKind: 'PUBLIC' }} data-testid="contact-verification">
      <Typography.Title level={5}>{t('c.verify.title')}</Typography.Title>
      <Space wrap>
        <Form.Item name="channel" label={t('c.verify.channel')}>
          <Radio.Group options={[{ value: 'SMS', label: t('c.verify.sms') }, { value: 'EMAIL', label: t('c.verify.email') }]} />
        </Form.Item>
        <Form.Item name="commenterKind" label={t('c.verify.kind')}>
          <Radio.Group options={[{ value: 'PUBLIC', label: t('c.verify.public') }, { value: 'ASSOCIATION', label: t('c.verify.association') }]} />
        </Form.Item>
      </Space>
      <Form.Item name="address" label={t('c.verify.address')} rules={[{ required: true }]}><Input data-testid="contact-address" inputMode="tel" /></Form.Item>
      <Form.Item name="displayName" label={t('c.verify.name')} rules={[{ required: true }]}><Input data-testid="contact-name" /></Form.Item>
      <Button onClick={send} loading={busy} data-testid="contact-send">{t('c.verify.send')}</Button>
      {contactId && (
        <Space style={{ marginTop: 12 }} wrap>
          {demoCode && <Typography.Text type="secondary" data-testid="contact-demo-code">{t('c.verify.demo', { code: demoCode })}</Typography.Text>}
          <Form.Item name="code" label={t('c.verify.code')} style={{ marginBottom: 0 }}><Input data-testid="contact-code" inputMode="numeric" maxLength={6} /></Form.Item>
          <Button type="primary" onClick={check} loading={busy} data-testid="contact-check">{t('c.verify.check')}</Button>
        </Space>
      )}
    </Form>
  );
}
