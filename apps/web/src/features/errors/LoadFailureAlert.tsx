import { Alert, Button } from 'antd';
import { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/use-i18n';

/** The message of a failed load with a retry button (LoadFailure.tsx; loaded only when a load fails). */
export function LoadFailureAlert({ error, message, onRetry }: { error: unknown; message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      title={message}
      description={
        error instanceof ApiError && error.requestId ? (
          <span data-testid="load-failure-request-id">
            {t('result.requestId')}
            <code>{error.requestId}</code>
          </span>
        ) : undefined
      }
      data-testid="load-failure"
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('result.retry')}
          </Button>
        )
      }
    />
  );
}
