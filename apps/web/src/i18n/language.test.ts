import { describe, it, expect } from 'vitest';
import { LANGUAGE_STORAGE_KEY, otherLanguage, readStoredLanguage, storeLanguage, type KeyValueStorage } from './language';
import { pickText } from './bilingual';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('remembered language', () => {
  it('defaults to Chinese', () => {
    expect(readStoredLanguage(memoryStorage())).toBe('zh');
    expect(readStoredLanguage(undefined)).toBe('zh');
    expect(readStoredLanguage(memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'fr' }))).toBe('zh');
  });

  it('remembers the switch', () => {
    const storage = memoryStorage();
    storeLanguage(storage, 'en');
    expect(storage.data[LANGUAGE_STORAGE_KEY]).toBe('en');
    expect(readStoredLanguage(storage)).toBe('en');
    expect(otherLanguage('en')).toBe('zh');
  });

  it('survives a storage that throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(readStoredLanguage(broken)).toBe('zh');
    expect(() => storeLanguage(broken, 'en')).not.toThrow();
  });
});

describe('server texts in both languages', () => {
  it('picks the current language and falls back to the other when empty', () => {
    expect(pickText({ zh: '市商务局', en: 'Commerce Bureau' }, 'en')).toBe('Commerce Bureau');
    expect(pickText({ zh: '市商务局', en: '' }, 'en')).toBe('市商务局');
    expect(pickText({ zh: ' ', en: 'Commerce Bureau' }, 'zh')).toBe('Commerce Bureau');
  });
});
