import { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { benefitsMessages } from './benefits-messages';

/** The module's messages, the `{ zh, en }` picker, and the text of an API failure. */
export function useBenefitsText() {
  const t = useMessages(benefitsMessages);
  const { pick } = useI18n();
  const errorText = (e: unknown) => (e instanceof ApiError && e.serverMessage ? pick(e.serverMessage) : String(e));
  return { t, pick, errorText };
}
