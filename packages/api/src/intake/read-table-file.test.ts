import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readTableRecords, TableFileError, type TableRecord } from './read-table-file';

async function read(chunks: Buffer[]): Promise<TableRecord[]> {
  const out: TableRecord[] = [];
  for await (const r of readTableRecords(Readable.from(chunks), 'csv')) out.push(r);
  return out;
}

describe('readTableRecords (CSV)', () => {
  it('gives each record its line; quoted line breaks, blank lines and a BOM are handled', async () => {
    const recs = await read([Buffer.from('\uFEFFa,b\n\n"x\ny",2\n3,"四,五"\n')]);
    expect(recs).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['x\ny', '2'] },
      { line: 5, cells: ['3', '四,五'] },
    ]);
  });
  it('keeps a character split across two pieces of the stream', async () => {
    const bytes = Buffer.from('名称\n深圳\n');
    const recs = await read([bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8)]);
    expect(recs.map((r) => r.cells[0])).toEqual(['名称', '深圳']);
  });
  it('refuses UTF-8 that turns invalid after the first 64 KiB, naming the byte', async () => {
    const head = Buffer.from(`a\n${'x\n'.repeat(40_000)}`);
    const err = await read([head, Buffer.from([0xff, 0x0a])]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TableFileError);
    expect((err as TableFileError).reason.en).toMatch(/not valid UTF-8 near byte \d+/);
  });
  it('refuses bytes that are neither UTF-8 nor GB18030', async () => {
    const err = await read([Buffer.from([0x61, 0x0a, 0xff, 0xff, 0x0a])]).catch((e: unknown) => e);
    expect((err as TableFileError).reason.en).toContain('neither UTF-8 nor GB18030');
  });
});
