import type { DiffPair } from './law-api';

/** One side of a pair as runs: kept text, and text only on this side (deleted on the old, inserted on the new). */
export function sideRuns(pair: DiffPair, side: 'old' | 'new'): { text: string; isChange: boolean }[] {
  const own = side === 'old' ? 'delete' : 'insert';
  return pair.changes.filter((c) => c.op === 'equal' || c.op === own).map((c) => ({ text: c.text, isChange: c.op !== 'equal' }));
}

export interface DiffNote {
  kind: 'renumbered' | 'movedTo';
  from: string;
  to: string;
}

/**
 * What a reader should be told about a pair besides its text: a new number (原第十一条 → 现第十四条)
 * and every 款 that moved to or from another article (原第十三条第一款 → 移至第二十一条第一款).
 */
export function pairNotes(pair: DiffPair): DiffNote[] {
  const notes: DiffNote[] = [];
  if (pair.old && pair.new && pair.old.num !== pair.new.num) notes.push({ kind: 'renumbered', from: pair.old.num, to: pair.new.num });
  const seen = new Set<string>();
  for (const m of [...pair.movedTo, ...pair.movedFrom]) {
    const key = `${m.from}>${m.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    notes.push({ kind: 'movedTo', from: m.fromNum, to: m.toNum });
  }
  return notes;
}

export function isChanged(pair: DiffPair): boolean {
  return pair.kind !== 'unchanged';
}
