import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIssue } from './issues';
import { formatChineseNumeral } from './numerals';
import { parseLegalText } from './parse-legal-text';
import { normalisedCharacters } from './scan-lines';
import { serializeTree } from './serialize-tree';
import { listArticles } from './tree-index';
import type { ParseIssue } from './types';

function errors(text: string): ParseIssue[] {
  const r = parseLegalText(text, { file: 'bad.txt' });
  if (r.ok) throw new Error('expected errors');
  return r.error;
}

describe('text that fits no structure is an error with file, line and column', () => {
  it('prose between a chapter heading and its first article', () => {
    const e = errors('第一章　总则\n\n　　这段文字不属于任何条文。\n\n第一条　为了测试，制定本条例。\n');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ code: 'UNPLACED_TEXT', file: 'bad.txt', line: 3, col: 3 });
    expect(formatIssue(e[0]!)).toMatch(/^bad\.txt:3:3: 文字不属于任何条文：“这段文字不属于任何条文。” \/ text outside any article/);
  });

  it('a gap in article numbers', () => {
    const e = errors('第一条　甲。\n第三条　丙。\n');
    expect(e).toMatchObject([{ code: 'NUMBERING_GAP', line: 2, col: 1 }]);
  });

  it('a repeated article number', () => {
    const e = errors('第一条　甲。\n第二条　乙。\n第二条　丙。\n');
    expect(e.map((x) => `${x.code}@${x.line}`)).toEqual(['NUMBERING_GAP@3', 'DUPLICATE_EID@3']);
  });

  it('a gap in item numbers and in chapter numbers', () => {
    expect(errors('第一条　下列事项：\n（一）甲；\n（三）丙。\n')).toMatchObject([{ code: 'NUMBERING_GAP', line: 3, col: 1 }]);
    expect(errors('第一章　总则\n第一条　甲。\n第三章　附则\n第二条　乙。\n')).toMatchObject([{ code: 'NUMBERING_GAP', line: 3 }]);
  });

  it('an empty text', () => {
    expect(errors(' \n\u3000\n')).toMatchObject([{ code: 'EMPTY_DOCUMENT', line: 1, col: 1 }]);
  });

  it('never drops a line silently: every character ends up somewhere or is reported', () => {
    const line = fc.oneof(
      fc.constantFrom('第一章　总则', '第一条　甲。', '第二条　乙：', '（一）丙；', '（二）丁。', '1.戊；', '附件 1', '目录', '- （一）己', '**第三条【标题】** 庚。', '[bookmark: _Toc1]第二章 其他'),
      fc.string({ unit: fc.constantFrom('中', '小', '企', '业', '，', '。', ' ', '　', '（', '）', '第', '条'), maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const r = parseLegalText(text, { file: 'fuzz.txt' });
        if (!r.ok) return r.error.every((e) => e.file === 'fuzz.txt' && e.line >= 1 && e.col >= 1);
        return normalisedCharacters(serializeTree(r.value)) === normalisedCharacters(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('generated regulations parse back to what was generated (property)', () => {
  const sentence = fc.string({ unit: fc.constantFrom('市', '区', '人', '民', '政', '府', '应', '当', '支', '持', '企', '业', '发', '展', '，'), minLength: 2, maxLength: 20 }).filter((s) => !s.startsWith('，') && !s.endsWith('，'));
  const paragraph = fc.record({ text: sentence, items: fc.array(sentence, { maxLength: 3 }) });
  const article = fc.record({ heading: fc.option(fc.constantFrom('定义', '职责', '资金'), { nil: undefined }), paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }) });
  const chapter = fc.record({ title: fc.constantFrom('总则', '扶持', '附则'), articles: fc.array(article, { minLength: 1, maxLength: 4 }) });
  const spec = fc.record({ markdown: fc.boolean(), chapters: fc.array(chapter, { minLength: 1, maxLength: 4 }) });

  it('counts, numbers, headings, 款 and 项 survive any of the supported layouts', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const lines: string[] = ['示例条例'];
        let n = 0;
        s.chapters.forEach((c, ci) => {
          const num = `第${formatChineseNumeral(ci + 1)}章`;
          lines.push(s.markdown ? `## ${num} ${c.title}` : `${num}\u3000${c.title}`);
          for (const a of c.articles) {
            n++;
            const head = `第${formatChineseNumeral(n)}条${a.heading ? `【${a.heading}】` : ''}`;
            a.paragraphs.forEach((p, pi) => {
              const text = p.items.length ? `${p.text}：` : `${p.text}。`;
              lines.push(pi === 0 ? (s.markdown ? `**${head}** ${text}` : `${head}\u3000${text}`) : text);
              p.items.forEach((it, ii) => lines.push(`${s.markdown ? '- ' : ''}（${formatChineseNumeral(ii + 1)}）${it}${ii === p.items.length - 1 ? '。' : '；'}`));
            });
          }
        });
        const r = parseLegalText(lines.join(s.markdown ? '\n\n' : '\n'), { file: 'gen.txt' });
        if (!r.ok) return false;
        const arts = listArticles(r.value);
        const flat = s.chapters.flatMap((c) => c.articles);
        return (
          arts.length === flat.length &&
          arts.every(
            (a, i) =>
              a.heading === flat[i]!.heading &&
              a.paragraphs.length === flat[i]!.paragraphs.length &&
              a.paragraphs.every((p, pi) => p.items.length === flat[i]!.paragraphs[pi]!.items.length && p.text.startsWith(flat[i]!.paragraphs[pi]!.text)),
          )
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('encodings of line ends', () => {
  it('reads CRLF and CR line ends and a byte-order mark like LF', () => {
    const lf = '第一章　总则\n第一条　甲：\n（一）乙；\n（二）丙。\n第二条　丁。\n';
    const a = parseLegalText(lf, { file: 'lf' });
    const b = parseLegalText(`\ufeff${lf.replace(/\n/g, '\r\n')}`, { file: 'crlf' });
    const c = parseLegalText(lf.replace(/\n/g, '\r'), { file: 'cr' });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(serializeTree(b.value)).toBe(serializeTree(a.value));
      expect(serializeTree(c.value)).toBe(serializeTree(a.value));
      expect(listArticles(b.value)[0]!.paragraphs[0]!.items).toHaveLength(2);
    }
  });
});

describe('excerpts (节录)', () => {
  const text = '某某法（节录）\n\n第三章　扶持\n\n第十二条　甲：\n（一）乙；\n（二）丙。\n\n第十五条　丁。\n';
  it('are errors when not declared, since numbers skip', () => {
    const e = errors(text);
    expect(e.map((x) => `${x.code}@${x.line}`)).toEqual(['NUMBERING_GAP@3', 'NUMBERING_GAP@5', 'NUMBERING_GAP@9']);
    expect(e[1]!.message.zh).toBe('条文应从第一条开始，此处为第十二条（节录请在 work.yaml 注明 excerpt: true）');
    expect(e[2]!.message.zh).toBe('条文编号不连续：上一条为第十二条，此处为第十五条');
  });
  it('keep the true article numbers when declared as excerpts', () => {
    const r = parseLegalText(text, { file: 'x', excerpt: true });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(listArticles(r.value).map((a) => a.eid)).toEqual(['art_12', 'art_15']);
      expect(r.value.children.filter((n) => n.type === 'chapter').map((n) => n.eid)).toEqual(['chp_3']);
    }
  });
  it('still reject numbers that go backwards', () => {
    const r = parseLegalText('第十二条　甲。\n第十条　乙。\n', { file: 'x', excerpt: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject([{ code: 'NUMBERING_GAP', line: 2 }]);
  });
});
