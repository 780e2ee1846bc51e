import { translate, type MessageKey } from '../i18n/dictionary';
import { isBilingualText, pickText } from '../i18n/bilingual';
import type { Language } from '../i18n/language';
import { ApiError, NETWORK_ERROR, UNREADABLE_RESPONSE } from './api-error';

function statusKey(status: number): MessageKey {
  switch (status) {
    case 400:
    case 401:
    case 403:
    case 404:
    case 409:
    case 422:
    case 429:
      return `error.http.${status}`;
    default:
      return status >= 500 ? 'error.http.5xx' : 'error.http.other';
  }
}

/**
 * Field-level problems the server may attach as `details`: an array of `{ path, message }`
 * (path a string or array, message bilingual or plain). Anything else yields no lines.
 */
export function detailLines(details: unknown, language: Language, alreadySaid = ''): string[] {
  const list = Array.isArray(details)
    ? details
    : typeof details === 'object' && details !== null && Array.isArray((details as { issues?: unknown }).issues)
      ? ((details as { issues: unknown[] }).issues)
      : [];
  const lines: string[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, message } = item as { path?: unknown; message?: unknown };
    const text = isBilingualText(message) ? pickText(message, language) : typeof message === 'string' ? message : null;
    // Servers often repeat the first problem in the main message; say each thing once.
    if (!text || alreadySaid.includes(text)) continue;
    const field = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
    lines.push(field ? translate(language, 'error.detailsField', { field, message: text }) : text);
  }
  return lines;
}

/** The message to show for any error thrown by an API call, in the current language. */
export function errorMessage(error: unknown, language: Language): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return translate(language, 'error.network');
    if (error.serverMessage) {
      const message = pickText(error.serverMessage, language);
      const lines = detailLines(error.details, language, message);
      if (lines.length === 0) return message;
      const details = lines.join(translate(language, 'error.detailsSeparator'));
      return translate(language, 'error.withDetails', { message, details });
    }
    if (error.code === UNREADABLE_RESPONSE) return translate(language, 'error.badResponse', { status: error.status });
    return translate(language, statusKey(error.status), { status: error.status });
  }
  if (error instanceof TypeError) return translate(language, 'error.network');
  return translate(language, 'error.http.other', { status: '?' });
}
