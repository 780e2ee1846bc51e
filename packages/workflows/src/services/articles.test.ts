import { describe, expect, it } from 'vitest';
import { lawDir, loadLawLibrary } from '@huiqi/legal-text';
import { SERVICES_ARTICLES } from './articles';

describe('the articles the services module cites', () => {
  it('each resolves to an element of the law library', () => {
    const lib = loadLawLibrary(lawDir());
    const broken = Object.entries(SERVICES_ARTICLES).filter(([, a]) => lib.resolve(a) === null);
    expect(broken).toEqual([]);
    expect(lib.resolve(SERVICES_ARTICLES.marketServices)?.text ?? '').toContain('知识产权保护');
  });
});
