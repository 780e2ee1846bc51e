import { createHash } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { readTableBatches, type ReadOptions, type TableFormat, type TableRecord } from './read-table-file';

/** A file being received: its records (streaming, in batches) and the sha256 of its bytes once they are read. */
export interface IntakeInput {
  records: AsyncIterable<TableRecord[]>;
  contentSha256: () => string;
}

export function intakeInput(bytes: Readable, format: TableFormat, options: ReadOptions = {}): IntakeInput {
  const hash = createHash('sha256');
  let digest: string | null = null;
  const tee = new PassThrough();
  bytes.on('data', (chunk: Buffer) => hash.update(chunk));
  bytes.on('end', () => {
    digest = hash.digest('hex');
  });
  bytes.on('error', (e) => tee.destroy(e));
  bytes.pipe(tee);
  return {
    records: readTableBatches(tee, format, options),
    /** Of the whole file once read; of the bytes read so far when reading stopped (a refused file). */
    contentSha256: () => digest ?? hash.copy().digest('hex'),
  };
}
