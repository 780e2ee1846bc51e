import { describe, expect, it } from 'vitest';
import { isChanged, pairNotes, sideRuns } from './diff-rows';
import type { DiffPair } from './law-api';

const pair = (over: Partial<DiffPair>): DiffPair => ({ kind: 'modified', old: null, new: null, similarity: 0.8, changes: [], movedTo: [], movedFrom: [], ...over });

describe('diff rows', () => {
  it('keep deleted text on the old side and inserted text on the new side', () => {
    const p = pair({ changes: [{ op: 'equal', text: '应当' }, { op: 'delete', text: '支持' }, { op: 'insert', text: '鼓励' }, { op: 'equal', text: '企业' }] });
    expect(sideRuns(p, 'old')).toEqual([{ text: '应当', isChange: false }, { text: '支持', isChange: true }, { text: '企业', isChange: false }]);
    expect(sideRuns(p, 'new')).toEqual([{ text: '应当', isChange: false }, { text: '鼓励', isChange: true }, { text: '企业', isChange: false }]);
  });

  it('name a renumbered article and every moved paragraph once', () => {
    const move = { from: 'art_13__para_1', to: 'art_21__para_1', fromNum: '第十三条第一款', toNum: '第二十一条第一款', similarity: 1 };
    const p = pair({ old: { eid: 'art_19', num: '第十九条', heading: null }, new: { eid: 'art_21', num: '第二十一条', heading: '创新支持' }, movedFrom: [move] });
    expect(pairNotes(p)).toEqual([
      { kind: 'renumbered', from: '第十九条', to: '第二十一条' },
      { kind: 'movedTo', from: '第十三条第一款', to: '第二十一条第一款' },
    ]);
    expect(pairNotes(pair({ old: { eid: 'art_13', num: '第十三条', heading: null }, movedTo: [move, move] }))).toHaveLength(1);
    expect(pairNotes(pair({ old: { eid: 'art_1', num: '第一条', heading: null }, new: { eid: 'art_1', num: '第一条', heading: null } }))).toEqual([]);
  });

  it('count everything but unchanged pairs as changed', () => {
    expect(isChanged(pair({ kind: 'unchanged' }))).toBe(false);
    for (const kind of ['modified', 'moved', 'added', 'deleted'] as const) expect(isChanged(pair({ kind }))).toBe(true);
  });
});
