import type { Language } from '../i18n/language';

/**
 * An instant from the server (ISO 8601) shown in China Standard Time, "2025-03-01 14:05";
 * the fixed zone keeps the display the same wherever the browser runs. Unreadable text is shown as is.
 */
export function formatTimestamp(iso: string, language: Language): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const shanghai = new Date(instant.getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `${shanghai.getUTCFullYear()}-${pad(shanghai.getUTCMonth() + 1)}-${pad(shanghai.getUTCDate())} ${pad(shanghai.getUTCHours())}:${pad(shanghai.getUTCMinutes())}`;
  return language === 'en' ? `${text} (UTC+8)` : text;
}
