import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { accountsMessages } from './accounts-messages';
import { submitRegistration, type RegistrationInput } from './accounts-api';

type Values = RegistrationInput & { passwordAgain: string };

/** 企业注册: an account bound to the enterprise's code, without the identity service. */
export function RegisterPage() {
  const t = useMessages(accountsMessages);
  const { language } = useI18n();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [done, setDone] = useState<{ status: 'CONFIRMED' | 'PENDING'; enterpriseName: string } | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const required = { required: true, whitespace: true, message: t('accounts.register.required') };

  const onFinish = async (values: Values) => {
    setSubmitting(true);
    setFailure(undefined);
    try {
      const { passwordAgain: _again, ...input } = values;
      setDone(await submitRegistration({ ...input, uscc: input.uscc.trim().toUpperCase(), username: input.username.trim().toLowerCase() }));
    } catch (e) {
      setFailure(e);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-language"><LanguageSwitch /></div>
      <Card className="login-card" variant="borderless">
        {done ? (
          <Result
            status={done.status === 'CONFIRMED' ? 'success' : 'info'}
            title={<span data-testid="register-result">{t(done.status === 'CONFIRMED' ? 'accounts.register.confirmed' : 'accounts.register.pending')}</span>}
            subTitle={t(done.status === 'CONFIRMED' ? 'accounts.register.confirmedText' : 'accounts.register.pendingText', { name: done.enterpriseName })}
            extra={<Link to="/login"><Button type="primary">{t('accounts.register.toLogin')}</Button></Link>}
          />
        ) : (
          <>
            <Typography.Title level={4}>{t('accounts.register.title')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('accounts.register.intro')}</Typography.Paragraph>
            {failure !== undefined && (
              <Alert type="error" showIcon title={t('accounts.register.failed')} description={errorMessage(failure, language)} style={{ marginBottom: 16 }} data-testid="register-error" />
            )}
            <Form<Values> layout="vertical" onFinish={onFinish} requiredMark={false}>
              <Form.Item name="uscc" label={t('accounts.register.uscc')} extra={t('accounts.register.usccHelp')} rules={[required]}>
                <Input maxLength={18} autoComplete="off" style={{ textTransform: 'uppercase' }} />
              </Form.Item>
              <Form.Item name="legalRepresentativeName" label={t('accounts.register.legalRepresentative')} rules={[required]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="displayName" label={t('accounts.register.displayName')} rules={[required]}>
                <Input maxLength={100} autoComplete="name" />
              </Form.Item>
              <Form.Item name="username" label={t('accounts.register.username')} extra={t('accounts.register.usernameHelp')} rules={[required]}>
                <Input maxLength={64} autoComplete="username" />
              </Form.Item>
              <Form.Item name="password" label={t('accounts.register.password')} extra={t('accounts.register.passwordHelp')} rules={[{ required: true, message: t('accounts.register.required') }]}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item
                name="passwordAgain" label={t('accounts.register.passwordAgain')} dependencies={['password']}
                rules={[{ required: true, message: t('accounts.register.required') }, ({ getFieldValue }) => ({
                  validator: (_rule, value) => (!value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('accounts.register.passwordMismatch')))),
                })]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={isSubmitting}>{t('accounts.register.submit')}</Button>
            </Form>
          </>
        )}
      </Card>
    </div>
  );
}
