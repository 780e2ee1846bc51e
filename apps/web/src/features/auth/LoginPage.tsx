import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Divider, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { login } from '../../api/auth';
import { fetchHealth } from '../../api/health';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useMessages } from '../../i18n/define-messages';
import { accountsMessages } from '../accounts/accounts-messages';
import { homeMessages } from '../home/home-messages';
import { fetchOidcStatus } from '../accounts/accounts-api';
import { useAuth } from './use-auth';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t, language } = useI18n();
  const { me, signedIn, checkError } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [isSubmitting, setSubmitting] = useState(false);
  const health = useApi(() => fetchHealth(), []);
  const oidc = useApi(() => fetchOidcStatus(), []);
  const ta = useMessages(accountsMessages);
  const th = useMessages(homeMessages);

  // `/` leads a signed-in user to the home of their role (HomeRedirect); the menu is not loaded here.
  if (me) return <Navigate to="/" replace />;

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setFailure(undefined);
    try {
      const user = await login(values.username.trim(), values.password);
      signedIn(user);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch (error) {
      setFailure(error);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      {/* A plain box, not antd's Card (which brings Tabs and Menu): this page is part of the first load (e2e/js-budget.test.ts). */}
      <div className="login-card" style={{ background: '#fff', borderRadius: 8, padding: 24, boxSizing: 'border-box' }}>
        <div className="login-brand">
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </div>
        <Typography.Title level={4}>{t('login.title')}</Typography.Title>
        {failure === undefined && checkError !== undefined && (
          <Alert type="warning" showIcon title={errorMessage(checkError, language)} style={{ marginBottom: 16 }} />
        )}
        {failure !== undefined && (
          <Alert
            type="error"
            showIcon
            title={t('login.failed')}
            description={errorMessage(failure, language)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        {oidc.data?.enabled === true && (
          <>
            <Button type="primary" block size="large" href="/api/auth/oidc/start" data-testid="oidc-login">
              {ta('accounts.oidc.button')}
            </Button>
            <Divider plain>
              <Typography.Text type="secondary">{ta('accounts.oidc.or')}</Typography.Text>
            </Divider>
          </>
        )}
        <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={isSubmitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          <Link to="/register" data-testid="register-link">{ta('accounts.register.link')}</Link>
        </div>
        <div style={{ marginTop: 8, textAlign: 'center' }}>
          <Link to="/" data-testid="front-door-link">{th('front.home')}</Link>
        </div>
        {health.data?.demo === true && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }} data-testid="demo-hint">
            {t('login.demoHint')}
          </Typography.Paragraph>
        )}
      </div>
    </div>
  );
}
