import { describe, expect, it } from 'vitest';
import { lawDir, loadLawLibrary } from '@huiqi/legal-text';
import { PUBLIC_CREDIT_ARTICLES } from './articles';

describe('the articles the public-credit module cites', () => {
  const lib = loadLawLibrary(lawDir());

  it('each resolves to an element of the law library', () => {
    const broken = Object.entries(PUBLIC_CREDIT_ARTICLES).filter(([, a]) => lib.resolve(a) === null);
    expect(broken).toEqual([]);
  });

  it('says what the module takes from it', () => {
    const text = (k: keyof typeof PUBLIC_CREDIT_ARTICLES) => lib.resolve(PUBLIC_CREDIT_ARTICLES[k])?.text ?? '';
    expect(text('minorNotDishonest')).toContain('不认定为失信行为');
    expect(text('noMarkWithoutBasis')).toContain('没有法律、法规或者国务院规定依据');
    expect(text('repairAfterMinimum')).toContain('最短公示期限届满后');
    expect(text('repairTimeLimit')).toContain('三个工作日内');
    expect(text('repairStopsPublication')).toContain('不再公开或者共享');
    expect(text('arrearsRecord')).toContain('记入相关主体信用记录');
    expect(text('objectionFlag')).toContain('立即对异议信用信息进行标注');
    expect(text('objectionCorrect')).toContain('予以更正');
    expect(text('objectionSupplement')).toContain('予以补充');
    expect(text('objectionStopPublication')).toContain('停止公开');
  });
});
