import { describe, expect, it } from 'vitest';
import { lawDir, loadLawLibrary } from '@huiqi/legal-text';
import { CREDIT_ARTICLES } from './articles';

describe('the articles the credit module cites', () => {
  it('each resolves to an element of the law library', () => {
    const lib = loadLawLibrary(lawDir());
    const broken = Object.entries(CREDIT_ARTICLES).filter(([, a]) => lib.resolve(a) === null);
    expect(broken).toEqual([]);
    expect(lib.resolve(CREDIT_ARTICLES.authorizeVerifyUse)?.text ?? '').toContain('授权-核验-使用');
  });
});
