import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { loadRuleBase } from '@huiqi/rules-engine';
import classify, { classifyLine } from './classify';

const rb = loadRuleBase();
if (!rb.ok) throw new Error('load');
const day = '2024-06-30' as PlainDate;
const line = (o: unknown) => classifyLine(rb.value, JSON.stringify(o), day);

describe('huiqi classify', () => {
  it('classifies from an industry code or a size sector, amounts in yuan', () => {
    expect(line({ industryCode: 'C39', employees: 20, revenue: 3000000 })).toMatchObject({ size: 'small', sizeSector: 'INDUSTRY' });
    expect(line({ industryCode: 'C39', employees: 20, revenue: '2999999.99' })).toMatchObject({ size: 'micro' });
    expect(line({ sizeSector: 'RETAIL', employees: 300, revenue: 200000000 })).toMatchObject({ size: 'large', sizeSector: 'RETAIL' });
    expect(line({ industryCode: 'K7010', revenue: 10000000, totalAssets: 50000000 })).toMatchObject({ size: 'medium' });
  });

  it('answers null with a reason outside the standard or when a figure is missing', () => {
    const fin = line({ industryCode: 'J66', employees: 10, revenue: 1 });
    expect(fin).toMatchObject({ size: null, sizeSector: null });
    expect(String(fin.reason)).toContain('金融业');
    expect(line({ industryCode: 'C39', employees: 50 })).toMatchObject({ size: null, sizeSector: 'INDUSTRY', missing: ['revenue'] });
  });

  it('reports bad input as an error on that line', () => {
    expect(line({ industryCode: 'C39', employees: -1, revenue: 1 }).error).toContain('negative');
    expect(line({ industryCode: 'C39', employees: 1, revenue: '1.234' }).error).toContain('yuan');
    expect(line({ industryCode: 'Q99x', employees: 1 }).error).toBeDefined();
    expect(line({ industryCode: 'C39', employees: 1, revnue: 1 }).error).toContain('revnue');
    expect(line({ employees: 1 }).error).toContain('industryCode');
    expect(line({ industryCode: 'C39', date: '2024-13-01' }).error).toContain('date');
    expect(classifyLine(rb.value, '{not json', day).error).toContain('JSON');
    expect(line({ id: 'x-1', industryCode: 'C39', employees: -1 })).toMatchObject({ id: 'x-1' });
  });

  it('one bad line does not stop the rest; exit code 1 tells that some lines failed', async () => {
    const stdout = new PassThrough();
    const chunks: string[] = [];
    stdout.on('data', (c) => chunks.push(String(c)));
    const input = [JSON.stringify({ industryCode: 'C39', employees: 5, revenue: 1 }), 'oops', '', JSON.stringify({ industryCode: 'F52', employees: 60, revenue: 6000000 })].join('\n');
    const code = await classify.run(['--date', '2024-06-30'], { stdin: Readable.from([input]), stdout, stderr: new PassThrough() });
    const out = chunks.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ size: 'micro' });
    expect(out[1].error).toBeDefined();
    expect(out[2]).toMatchObject({ size: 'medium', sizeSector: 'RETAIL' });
  });
});
