import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_SEED_ID, readFirstPageSeed } from './first-page-seed';

/** A document holding `text` in the seed's element (or no such element). */
const documentWith = (text: string | null) =>
  ({ getElementById: (id: string) => (id === FIRST_PAGE_SEED_ID && text !== null ? { textContent: text } : null) }) as unknown as Document;

describe('the seed of a page the server drew', () => {
  it('is read as the server wrote it: session, language and answers by address', () => {
    const seed = { me: { username: 'enterprise' }, language: 'en', data: { '/api/home/enterprise': { figures: [] } } };
    expect(readFirstPageSeed(documentWith(JSON.stringify(seed)))).toEqual(seed);
    expect(readFirstPageSeed(documentWith('{"me":null,"language":"zh","data":{}}'))).toEqual({ me: null, language: 'zh', data: {} });
  });

  it('is absent for a page the app draws itself, and ignored when unreadable or incomplete', () => {
    expect(readFirstPageSeed(documentWith(null))).toBeNull();
    expect(readFirstPageSeed(documentWith(''))).toBeNull();
    expect(readFirstPageSeed(documentWith('{"me":null,'))).toBeNull();
    expect(readFirstPageSeed(documentWith('{"me":null,"language":"fr","data":{}}'))).toBeNull();
    expect(readFirstPageSeed(documentWith('{"language":"zh","data":{}}'))).toBeNull();
    expect(readFirstPageSeed(documentWith('{"me":null,"language":"zh","data":null}'))).toBeNull();
  });
});
