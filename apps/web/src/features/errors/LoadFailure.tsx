import { ApiError } from '../../api/api-error';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { lazyPage } from '../../app/lazy-page';

// Loaded only when shown (a failed load is rare): otherwise they would come with every page's first load.
const ForbiddenResult = lazyPage(() => import('./ForbiddenResult'), 'ForbiddenResult');
const NotFoundResult = lazyPage(() => import('./NotFoundResult'), 'NotFoundResult');
const LoadFailureAlert = lazyPage(() => import('./LoadFailureAlert'), 'LoadFailureAlert');

/** What a page shows when loading its data failed: a 403 or 404 page, or the message with a retry button. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { language } = useI18n();
  const message = errorMessage(error, language);
  if (error instanceof ApiError && error.status === 403) return <ForbiddenResult reason={message} />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundResult reason={message} />;
  return <LoadFailureAlert error={error} message={message} onRetry={onRetry} />;
}
