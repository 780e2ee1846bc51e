import type { Me } from '../api/types';
import { isLanguage, type Language } from '../i18n/language';

/**
 * What the server knew when it drew the first page (ssr/render-first-page.tsx): the session, the
 * language it wrote in and the answers it drew with, by address. The app starts from the same, so its
 * first render is the server's and React takes over the drawn page (hydration) instead of drawing it again.
 */
export interface FirstPageSeed {
  me: Me | null;
  language: Language;
  data: Readonly<Record<string, unknown>>;
}

/** The element the server writes the seed into (JSON). */
export const FIRST_PAGE_SEED_ID = 'huiqi-first-page';

/** The seed of a page the server drew, or null (a page the app draws itself). */
export function readFirstPageSeed(doc: Document): FirstPageSeed | null {
  const text = doc.getElementById(FIRST_PAGE_SEED_ID)?.textContent;
  if (!text) return null;
  try {
    const seed = JSON.parse(text) as Partial<FirstPageSeed>;
    if (!isLanguage(seed.language) || seed.me === undefined || typeof seed.data !== 'object' || seed.data === null) return null;
    return { me: seed.me, language: seed.language, data: seed.data };
  } catch {
    return null;
  }
}
