import { Readable } from 'node:stream';

/**
 * Pages of rows read one after another by key: `next(last)` gets the page after the last row of
 * the page before (null first) and an empty page ends it. At most one page is held at a time, so a
 * download of any size costs one page of memory.
 */
export async function* pagesByKey<T>(next: (last: T | null) => Promise<readonly T[]>): AsyncGenerator<readonly T[]> {
  let last: T | null = null;
  for (;;) {
    const page = await next(last);
    if (page.length === 0) return;
    yield page;
    last = page[page.length - 1]!;
  }
}

/**
 * A download body written as it is read: each page turned into text (the first with what goes
 * before it, e.g. a BOM and the header) and pushed when the client takes it (back-pressure), so
 * the whole file never sits in the process.
 */
export function textDownload<T>(pages: AsyncIterable<readonly T[]>, render: (page: readonly T[], first: boolean) => string): Readable {
  return Readable.from((async function* () {
    let first = true;
    for await (const page of pages) {
      yield Buffer.from(render(page, first), 'utf8');
      first = false;
    }
    if (first) yield Buffer.from(render([], true), 'utf8');
  })(), { objectMode: false });
}
