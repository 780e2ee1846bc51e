import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from './diff-html';
import { diffVersions } from './diff-versions';
import { parseComparisonDraft } from './parse-comparison';
import { parseLegalText } from './parse-legal-text';
import { readSeed } from './test-support';

describe('side-by-side 修改对照 page', () => {
  it('is self-contained, strikes deletions, bolds additions and labels moves', () => {
    const r = parseComparisonDraft(readSeed('hunanComparison'));
    if (!r.ok) throw new Error('seed 001');
    const diff = diffVersions(r.value.left, r.value.right);
    const html = renderDiffHtml(diff, { oldLabel: '修订草案', newLabel: '二次审议稿' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(script|link)\b|src=|https?:/);
    expect(html).toContain('<th>修订草案</th><th>二次审议稿</th>');
    expect(html).toContain('<ins>【产融合作白名单】<br>');
    expect(html).toMatch(/<del>[^<]*不盲目停贷/);
    expect(html).toContain('（第十三条第一款移至新第二十一条第一款）');
    expect(html).toContain('（第二十一条第一款原为第十三条第一款）');
    expect(html).toContain('id="new-art_10"');
    expect(html).toContain('href="#old-art_13"');
    expect((html.match(/<tr class=/g) ?? []).length).toBe(diff.pairs.length);
    expect(diff.pairs).toHaveLength(42);
  });

  it('escapes text so a regulation cannot inject markup', () => {
    const a = parseLegalText('第一条　甲<b>乙</b>。\n', { file: 'a' });
    const b = parseLegalText('第一条　甲<script>alert(1)</script>。\n', { file: 'b' });
    if (!a.ok || !b.ok) throw new Error('parse');
    const html = renderDiffHtml(diffVersions(a.value, b.value), { title: '<i>x</i>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<title>&lt;i&gt;x&lt;/i&gt;</title>');
  });
});
