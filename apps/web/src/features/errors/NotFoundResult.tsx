import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';

export function NotFoundResult({ reason }: { reason?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('result.404.title')}
      subTitle={reason ?? t('result.404.subtitle')}
      data-testid="result-404"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('result.backHome')}
        </Button>
      }
    />
  );
}
