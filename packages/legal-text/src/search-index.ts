import { formatLegalAddress } from '@huiqi/kernel';
import { listArticles, listDivisions } from './tree-index';
import type { LegalTree } from './types';

export interface SearchOptions {
  workId?: string;
  versionDate?: string;
  /** Search every version, not only the latest of each work. */
  allVersions?: boolean;
  limit?: number;
}

export interface SearchHit {
  address: string;
  workId: string;
  versionDate: string;
  eid: string;
  /** Text around the first match; `match` locates the match inside it. */
  snippet: string;
  /** Offset and length of the first match inside `snippet`. */
  match: { start: number; length: number };
  /** Number of occurrences of all terms in the element. */
  score: number;
}

interface Unit {
  workId: string;
  versionDate: string;
  latest: boolean;
  eid: string;
  text: string;
}

export interface SearchIndex {
  search(query: string, opts?: SearchOptions): SearchHit[];
  readonly size: number;
}

const BLANKS = /[\s\u3000]+/g;

function bigrams(text: string): Set<string> {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function countOccurrences(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

/**
 * Chinese full-text search by character bigrams: every element (款, 项, 目, heading, title,
 * non-article paragraph) is a unit; a query term of two or more characters is looked up by
 * intersecting its bigram postings, then confirmed as a substring. Terms separated by spaces
 * must all occur (AND).
 */
export function createSearchIndex(trees: { workId: string; versionDate: string; tree: LegalTree; latest: boolean }[]): SearchIndex {
  const units: Unit[] = [];
  const postings = new Map<string, number[]>();
  const addUnit = (u: Unit) => {
    if (u.text === '') return;
    const id = units.length;
    units.push(u);
    for (const g of bigrams(u.text)) {
      const list = postings.get(g);
      if (list) list.push(id);
      else postings.set(g, [id]);
    }
  };
  for (const t of trees) {
    const base = { workId: t.workId, versionDate: t.versionDate, latest: t.latest };
    for (const n of t.tree.children) {
      if (n.type === 'block') for (const p of n.paragraphs) addUnit({ ...base, eid: p.eid, text: p.text });
    }
    for (const d of listDivisions(t.tree)) addUnit({ ...base, eid: d.eid, text: `${d.num} ${d.title}` });
    for (const a of listArticles(t.tree)) {
      if (a.heading) addUnit({ ...base, eid: a.eid, text: a.heading });
      for (const p of a.paragraphs) {
        addUnit({ ...base, eid: p.eid, text: p.text });
        for (const i of p.items) {
          addUnit({ ...base, eid: i.eid, text: i.num + i.text });
          for (const s of i.subitems) addUnit({ ...base, eid: s.eid, text: s.num + s.text });
        }
      }
    }
  }

  const candidates = (term: string): number[] | null => {
    const grams = [...bigrams(term)];
    if (grams.length === 0) return null; // one character: scan
    let lists = grams.map((g) => postings.get(g) ?? []);
    lists = lists.sort((a, b) => a.length - b.length);
    let acc = lists[0]!;
    for (const l of lists.slice(1)) {
      const set = new Set(l);
      acc = acc.filter((id) => set.has(id));
      if (acc.length === 0) break;
    }
    return acc;
  };

  return {
    size: units.length,
    search(query, opts = {}) {
      const terms = query.split(BLANKS).filter((t) => t !== '');
      if (terms.length === 0) return [];
      let ids: number[] | null = null;
      for (const term of terms) {
        const c = candidates(term);
        if (c === null) continue;
        if (ids === null) ids = c;
        else {
          const set = new Set(c);
          ids = ids.filter((id) => set.has(id));
        }
      }
      const pool = ids ?? units.map((_, i) => i);
      const hits: SearchHit[] = [];
      for (const id of pool) {
        const u = units[id]!;
        if (opts.workId && u.workId !== opts.workId) continue;
        if (opts.versionDate && u.versionDate !== opts.versionDate) continue;
        if (!opts.versionDate && !opts.allVersions && !u.latest) continue;
        if (!terms.every((t) => u.text.includes(t))) continue;
        const first = terms[0]!;
        const at = u.text.indexOf(first);
        const from = Math.max(0, at - 30);
        const snippet = u.text.slice(from, at + first.length + 30);
        hits.push({
          address: formatLegalAddress({ workId: u.workId, version: u.versionDate, eid: u.eid }),
          workId: u.workId,
          versionDate: u.versionDate,
          eid: u.eid,
          snippet: (from > 0 ? '…' : '') + snippet + (at + first.length + 30 < u.text.length ? '…' : ''),
          match: { start: at - from + (from > 0 ? 1 : 0), length: first.length },
          score: terms.reduce((s, t) => s + countOccurrences(u.text, t), 0),
        });
      }
      hits.sort((a, b) => b.score - a.score);
      return hits.slice(0, opts.limit ?? 50);
    },
  };
}
