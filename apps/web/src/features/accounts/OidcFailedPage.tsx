import { Button, Result, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/define-messages';
import { accountsMessages, OIDC_FAILURE_TEXT } from './accounts-messages';

/**
 * Where the server sends the browser when a sign-in through the identity service fails. The
 * reason is explained in Chinese and in English at once: the person may not have chosen a
 * language yet. An unknown reason reads like an expired request (start again).
 */
/** Shown in both languages at once: the visitor may not have chosen one yet. */
const FAILED_TITLE = { zh: '统一身份认证登录未成功', en: 'Sign-in through the identity service failed' };

export function OidcFailedPage() {
  const t = useMessages(accountsMessages);
  const [params] = useSearchParams();
  const reason = params.get('reason') ?? '';
  const text = OIDC_FAILURE_TEXT[reason] ?? OIDC_FAILURE_TEXT.STATE_MISMATCH!;
  return (
    <div className="login-page">
      <Result
        status="warning"
        title={<span data-testid="oidc-failed-title">{FAILED_TITLE.zh}<br /><Typography.Text type="secondary">{FAILED_TITLE.en}</Typography.Text></span>}
        subTitle={
          <Space direction="vertical" size={4} data-testid="oidc-failed-reason">
            <Typography.Text>{text.zh}</Typography.Text>
            <Typography.Text type="secondary">{text.en}</Typography.Text>
          </Space>
        }
        extra={[
          reason !== 'NOT_CONFIGURED' && <Button key="retry" type="primary" href="/api/auth/oidc/start">{t('accounts.failed.retry')}</Button>,
          <Link key="back" to="/login"><Button>{t('accounts.failed.back')}</Button></Link>,
        ]}
      />
    </div>
  );
}
