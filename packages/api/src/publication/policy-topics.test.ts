import { describe, expect, it } from 'vitest';
import { topicLabel } from './policy-topics';

describe('topicLabel', () => {
  it('names the suggested topics in Chinese and English', () => {
    expect(topicLabel('DIGITAL')).toEqual({ zh: '数字化转型', en: 'digital transformation' });
    expect(topicLabel('RND')).toEqual({ zh: '研发创新', en: 'R&D and innovation' });
  });

  it('shows a topic an official typed in lower case, never as an upper-case code', () => {
    expect(topicLabel('SMART_FACTORY')).toEqual({ zh: 'smart factory', en: 'smart factory' });
  });
});
