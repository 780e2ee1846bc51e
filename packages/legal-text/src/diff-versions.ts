import { diffText, type TextChange } from './diff-text';
import { formatChineseNumeral } from './numerals';
import { articleText, paragraphText } from './serialize-tree';
import { containment, dice, overlap, profile, type Profile } from './similarity';
import { listArticles } from './tree-index';
import type { Article, LegalTree } from './types';

export type PairKind = 'unchanged' | 'modified' | 'moved' | 'added' | 'deleted';

export interface ArticleRef {
  eid: string;
  num: string;
  heading?: string;
}

/** A 款 that now sits in another article (or came from one). */
export interface ParagraphMove {
  from: string;
  to: string;
  fromNum: string;
  toNum: string;
  similarity: number;
}

export interface ArticlePair {
  kind: PairKind;
  old: ArticleRef | null;
  new: ArticleRef | null;
  /** Dice similarity of the two texts (0–1); 0 for added / deleted. */
  similarity: number;
  /** Character-level changes from the old text (heading line first) to the new one. */
  changes: TextChange[];
  /** For an old article: its 款 that now sit in other new articles. */
  movedTo: ParagraphMove[];
  /** For a new article: its 款 that came from other old articles. */
  movedFrom: ParagraphMove[];
}

export interface VersionDiff {
  pairs: ArticlePair[];
  /** Every 款 that moved between articles, old eId → new eId. */
  moves: ParagraphMove[];
  summary: Record<PairKind, number>;
}

export interface DiffOptions {
  /** Minimum Dice similarity for two articles to be aligned (default 0.4). */
  articleThreshold?: number;
  /** Minimum similarity for a 款 to count as moved (default 0.6, containment or Dice). */
  paragraphThreshold?: number;
}

function ref(a: Article): ArticleRef {
  return { eid: a.eid, num: a.num, ...(a.heading !== undefined ? { heading: a.heading } : {}) };
}

/** Text compared character by character: the heading in 【】 on its own line, then the 款. */
export function comparableText(a: Article | null): string {
  if (!a) return '';
  const body = articleText(a);
  return a.heading !== undefined ? `【${a.heading}】\n${body}` : body;
}

/** Longest increasing subsequence (indices into `seq`). */
function lis(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let k = tails.at(-1) ?? -1; k >= 0; k = prev[k]!) out.add(k);
  return out;
}

interface Para {
  eid: string;
  num: string;
  article: number;
  p: Profile;
  chars: number;
}

function paragraphs(arts: Article[]): Para[] {
  return arts.flatMap((a, ai) =>
    a.paragraphs.map((p) => {
      const text = paragraphText(p);
      return { eid: p.eid, num: `${a.num}第${formatChineseNumeral(p.ordinal)}${a.type === 'measure' ? '段' : '款'}`, article: ai, p: profile(text), chars: Array.from(text).length };
    }),
  );
}

/**
 * 修改对照: aligns the articles of two versions by content, not by number, so renumbered,
 * moved, split and merged articles are found; gives character-level changes per aligned pair.
 *
 * 1. Articles whose Dice similarity of character bigrams is ≥ `articleThreshold` are paired
 *    one to one, greedily by the amount of text they share (so in a merge or a split the larger
 *    part keeps the pairing), then by similarity.
 * 2. A pair is `unchanged` when heading and text are equal, `moved` when it breaks the order of the
 *    other pairs (outside their longest increasing subsequence), else `modified`.
 * 3. Every 款 is matched to its most similar 款 of the other version; a match in an article other
 *    than the paired one is a paragraph move; two unpaired articles sharing a 款 are paired.
 *    An unpaired article with a moved 款 is `moved` (the 款 are listed in `movedTo` /
 *    `movedFrom`), otherwise `deleted` (old) or `added` (new).
 */
export function diffVersions(oldTree: LegalTree, newTree: LegalTree, opts: DiffOptions = {}): VersionDiff {
  const articleThreshold = opts.articleThreshold ?? 0.4;
  const paragraphThreshold = opts.paragraphThreshold ?? 0.6;
  const olds = listArticles(oldTree);
  const news = listArticles(newTree);
  const op = olds.map((a) => profile(articleText(a)));
  const np = news.map((a) => profile(articleText(a)));

  const candidates: { i: number; j: number; s: number; shared: number }[] = [];
  for (let i = 0; i < olds.length; i++) {
    for (let j = 0; j < news.length; j++) {
      const s = dice(op[i]!, np[j]!);
      if (s >= articleThreshold) candidates.push({ i, j, s, shared: overlap(op[i]!, np[j]!) });
    }
  }
  // Most shared text first, so that in a merge or split the larger part keeps the pairing;
  // then higher similarity.
  candidates.sort((a, b) => b.shared - a.shared || b.s - a.s);
  const oldTo = new Array<number>(olds.length).fill(-1);
  const newTo = new Array<number>(news.length).fill(-1);
  const sim = new Map<string, number>();
  for (const c of candidates) {
    if (oldTo[c.i] !== -1 || newTo[c.j] !== -1) continue;
    oldTo[c.i] = c.j;
    newTo[c.j] = c.i;
    sim.set(`${c.i}:${c.j}`, c.s);
  }

  // Each 款 and its most similar 款 of the other version.
  const oldParas = paragraphs(olds);
  const newParas = paragraphs(news);
  const best = (p: Para, pool: Para[]) => {
    let top: { q: Para; s: number } | null = null;
    for (const q of pool) {
      const d = dice(p.p, q.p);
      const s = p.chars >= 20 && d >= 0.3 ? Math.max(d, containment(p.p, q.p)) : d;
      if (!top || s > top.s) top = { q, s };
    }
    return top && top.s >= paragraphThreshold ? top : null;
  };
  const oldBest = oldParas.map((p) => best(p, newParas));
  const newBest = newParas.map((q) => best(q, oldParas));
  // Second pass: unpaired articles that share a 款 are the same article, rewritten.
  const pairShared = (i: number, j: number) => {
    if (oldTo[i] !== -1 || newTo[j] !== -1) return;
    oldTo[i] = j;
    newTo[j] = i;
    sim.set(`${i}:${j}`, dice(op[i]!, np[j]!));
  };
  oldParas.forEach((p, k) => oldBest[k] && pairShared(p.article, oldBest[k]!.q.article));
  newParas.forEach((q, k) => newBest[k] && pairShared(newBest[k]!.q.article, q.article));

  const moves = new Map<string, ParagraphMove>();
  oldParas.forEach((p, k) => {
    const b = oldBest[k];
    if (b && oldTo[p.article] !== b.q.article) moves.set(`${p.eid}>${b.q.eid}`, { from: p.eid, to: b.q.eid, fromNum: p.num, toNum: b.q.num, similarity: round(b.s) });
  });
  newParas.forEach((q, k) => {
    const b = newBest[k];
    if (b && newTo[q.article] !== b.q.article && !moves.has(`${b.q.eid}>${q.eid}`)) {
      moves.set(`${b.q.eid}>${q.eid}`, { from: b.q.eid, to: q.eid, fromNum: b.q.num, toNum: q.num, similarity: round(b.s) });
    }
  });
  const allMoves = [...moves.values()];
  const articleOf = (eid: string) => eid.split('__')[0]!;
  // Which paired articles keep their order.
  const pairedNew = news.map((_, j) => j).filter((j) => newTo[j] !== -1);
  const inOrder = lis(pairedNew.map((j) => newTo[j]!));
  const ordered = new Set(pairedNew.filter((_, k) => inOrder.has(k)));

  const pairs: ArticlePair[] = [];
  const emitOld = (i: number) => {
    const a = olds[i]!;
    const movedTo = allMoves.filter((m) => articleOf(m.from) === a.eid);
    pairs.push({
      kind: movedTo.length > 0 ? 'moved' : 'deleted',
      old: ref(a),
      new: null,
      similarity: 0,
      changes: diffText(comparableText(a), ''),
      movedTo,
      movedFrom: [],
    });
  };
  let nextOld = 0;
  for (let j = 0; j < news.length; j++) {
    const i = newTo[j]!;
    if (i !== -1 && ordered.has(j)) {
      for (; nextOld < i; nextOld++) if (oldTo[nextOld] === -1) emitOld(nextOld);
      nextOld = Math.max(nextOld, i + 1);
    }
    const b = news[j]!;
    const movedFrom = allMoves.filter((m) => articleOf(m.to) === b.eid);
    if (i === -1) {
      pairs.push({
        kind: movedFrom.length > 0 ? 'moved' : 'added',
        old: null,
        new: ref(b),
        similarity: 0,
        changes: diffText('', comparableText(b)),
        movedTo: [],
        movedFrom,
      });
      continue;
    }
    const a = olds[i]!;
    const before = comparableText(a);
    const after = comparableText(b);
    const kind: PairKind = !ordered.has(j) ? 'moved' : before === after ? 'unchanged' : 'modified';
    pairs.push({
      kind,
      old: ref(a),
      new: ref(b),
      similarity: round(sim.get(`${i}:${j}`) ?? 0),
      changes: diffText(before, after),
      movedTo: allMoves.filter((m) => articleOf(m.from) === a.eid),
      movedFrom,
    });
  }
  for (; nextOld < olds.length; nextOld++) if (oldTo[nextOld] === -1) emitOld(nextOld);

  const summary: Record<PairKind, number> = { unchanged: 0, modified: 0, moved: 0, added: 0, deleted: 0 };
  for (const p of pairs) summary[p.kind]++;
  return { pairs, moves: allMoves, summary };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
