import { describe, it, expect } from 'vitest';
import { districtOptions } from './district-options';
import type { Jurisdiction } from '../../api/types';

const j = (id: string, parentId: string | null): Jurisdiction => ({ id, parentId, name: { zh: id, en: id } });
const tree = [j('cn', null), j('cn-gd', 'cn'), j('cn-gd-sz', 'cn-gd'), j('cn-gd-sz-futian', 'cn-gd-sz'), j('cn-gd-sz-nanshan', 'cn-gd-sz'), j('cn-gd-gz', 'cn-gd')];

describe('district filter options', () => {
  it('lists the districts below a city officer', () => {
    expect(districtOptions(tree, 'cn-gd-sz').map((x) => x.id)).toEqual(['cn-gd-sz-futian', 'cn-gd-sz-nanshan']);
  });

  it('gives a district officer only their own district', () => {
    expect(districtOptions(tree, 'cn-gd-sz-futian').map((x) => x.id)).toEqual(['cn-gd-sz-futian']);
  });

  it('walks several levels and survives a cycle in bad data', () => {
    expect(districtOptions(tree, 'cn-gd').map((x) => x.id)).toEqual(['cn-gd-sz', 'cn-gd-sz-futian', 'cn-gd-sz-nanshan', 'cn-gd-gz']);
    expect(districtOptions([j('a', 'b'), j('b', 'a')], 'a').map((x) => x.id)).toEqual(['b', 'a']);
    expect(districtOptions(tree, 'unknown')).toEqual([]);
  });
});

describe('district choice for an enterprise', () => {
  it('offers the jurisdictions with nothing below them', async () => {
    const { leafJurisdictions } = await import('./district-options');
    expect(leafJurisdictions(tree).map((x) => x.id)).toEqual(['cn-gd-sz-futian', 'cn-gd-sz-nanshan', 'cn-gd-gz']);
  });
});
