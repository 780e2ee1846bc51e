import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { adminMessages } from './admin-messages';
import { changeOwnPassword } from './admin-api';

interface Values {
  currentPassword: string;
  newPassword: string;
  again: string;
}

/** 修改密码: everyone's own password; first stop when the administrator required a change. */
export function ChangePasswordPage() {
  const t = useMessages(adminMessages);
  const { language } = useI18n();
  const { me, signedIn } = useAuth();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [form] = Form.useForm<Values>();
  const onFinish = async (v: Values) => {
    setFailure(undefined);
    try {
      const updated = await changeOwnPassword({ currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      void message.success(t('admin.pw.done'));
      signedIn(updated);
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 480 }} size="large">
      <Typography.Title level={2}>{t('admin.pw.title')}</Typography.Title>
      {me?.mustChangePassword && <Alert type="warning" showIcon title={t('admin.pw.forced')} data-testid="password-forced" />}
      <Card>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="currentPassword" label={t('admin.pw.current')} rules={[{ required: true, message: t('admin.common.required') }]}><Input.Password autoComplete="current-password" /></Form.Item>
          <Form.Item name="newPassword" label={t('admin.pw.new')} extra={t('admin.acct.passwordHelp')} rules={[{ required: true, message: t('admin.common.required') }, { min: 12, message: t('admin.acct.passwordHelp') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="again" label={t('admin.pw.again')} dependencies={['newPassword']} rules={[{ required: true, message: t('admin.common.required') }, ({ getFieldValue }) => ({ validator: async (_, v) => { if (v && v !== getFieldValue('newPassword')) throw new Error(t('admin.pw.mismatch')); } })]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit">{t('admin.pw.submit')}</Button>
        </Form>
      </Card>
    </Space>
  );
}
