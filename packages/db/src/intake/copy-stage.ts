import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { STAGE_COLUMNS, type StageRow, type StageWriter } from './intake-stage';

const CHUNK_BYTES = 256 * 1024;

/** COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
export function copyText(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : value;
}

/**
 * Streams staged rows into `intake_stage` with one COPY FROM STDIN on the transaction's own
 * connection, in chunks of 256 KiB, waiting when the server is behind (backpressure): memory stays
 * flat whatever the file's size.
 */
export function copyStageWriter(client: pg.ClientBase, table: string): StageWriter {
  let stream: Writable | null = null;
  let done: Promise<void> | null = null;
  let chunk = '';
  const open = () => {
    const s = client.query(copyFrom(`COPY ${table} (${STAGE_COLUMNS.join(', ')}) FROM STDIN`)) as Writable;
    done = new Promise<void>((resolve, reject) => {
      s.on('finish', resolve);
      s.on('error', reject);
    });
    stream = s;
    return s;
  };
  const send = async (text: string) => {
    const s = stream ?? open();
    if (!s.write(text)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (e: Error) => reject(e);
        s.once('drain', () => {
          s.off('error', onError);
          resolve();
        });
        s.once('error', onError);
      });
    }
  };
  return {
    table,
    async write(rows: readonly StageRow[]) {
      for (const row of rows) {
        let line = copyText(row[0]);
        for (let i = 1; i < row.length; i++) line += `\t${copyText(row[i] as string | number | boolean | null)}`;
        chunk += `${line}\n`;
        if (chunk.length >= CHUNK_BYTES) {
          const text = chunk;
          chunk = '';
          await send(text);
        }
      }
    },
    async finish() {
      if (chunk) {
        await send(chunk);
        chunk = '';
      }
      if (stream) {
        (stream as Writable).end();
        await done;
        stream = null;
      }
    },
  };
}
