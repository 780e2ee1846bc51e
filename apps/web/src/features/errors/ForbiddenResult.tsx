import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';

/** 403 page; `reason` is the server's own explanation when it gave one. */
export function ForbiddenResult({ reason }: { reason?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('result.403.title')}
      subTitle={reason ?? t('result.403.subtitle')}
      data-testid="result-403"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('result.backHome')}
        </Button>
      }
    />
  );
}
