import pg from 'pg';
import type { Database, Queryable, Row } from '../database';
import { copyStageWriter } from './copy-stage';
import { createStage, dropStage, insertStageWriter, stageTableName, type StageWriter } from './intake-stage';
import { OID, parseDate, parseInt8, parseTimestamptz } from '../type-parsers';

/**
 * Where an intake runs: through the platform's Database (PGlite or PostgreSQL; staging by INSERTs),
 * or on a dedicated PostgreSQL connection (staging by COPY streaming: the CLI and the benchmark).
 */
export type IntakeTarget = { db: Database } | { postgresUrl: string };

/** What the body of an intake transaction decides: commit its writes, or roll all of them back. */
export interface IntakeOutcome<T> {
  commit: boolean;
  value: T;
}

class RollBack<T> extends Error {
  constructor(readonly value: T) {
    super('intake rolled back');
  }
}

/**
 * Runs `body` in one transaction with the batch's staging table created; commits when it says so
 * (the staging table dropped first), rolls back otherwise (and when it throws, or when the process
 * dies). All-or-nothing lives here: nothing of a refused batch stays.
 */
export async function inIntakeTransaction<T>(target: IntakeTarget, batchId: string, body: (tx: Queryable, stage: StageWriter) => Promise<IntakeOutcome<T>>): Promise<T> {
  const table = stageTableName(batchId);
  if ('db' in target) {
    try {
      return await target.db.transaction(async (tx) => {
        await createStage(tx, table, target.db.kind);
        const out = await body(tx, insertStageWriter(tx, table));
        if (!out.commit) throw new RollBack(out.value);
        await dropStage(tx, table);
        return out.value;
      });
    } catch (e) {
      if (e instanceof RollBack) return e.value as T;
      throw e;
    }
  }
  const client = openClient(target.postgresUrl);
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      const tx = clientQueryable(client);
      await createStage(tx, table);
      const out = await body(tx, copyStageWriter(client, table));
      if (out.commit) await dropStage(tx, table);
      await client.query(out.commit ? 'COMMIT' : 'ROLLBACK');
      return out.value;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A short transaction on the same kind of target (recording a refused batch after the rollback). */
export async function inTargetTransaction<T>(target: IntakeTarget, body: (tx: Queryable) => Promise<T>): Promise<T> {
  if ('db' in target) return target.db.transaction(body);
  const client = openClient(target.postgresUrl);
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      const value = await body(clientQueryable(client));
      await client.query('COMMIT');
      return value;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

const parsers = new Map<number, (text: string) => unknown>([
  [OID.INT8, parseInt8],
  [OID.DATE, parseDate],
  [OID.TIMESTAMPTZ, parseTimestamptz],
]);

/** A connection with the same result types as the platform's adapters (bigint → number, dates as text). */
function openClient(url: string): pg.Client {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      const own = parsers.get(oid);
      if (own && (format ?? 'text') === 'text') return own;
      return pg.types.getTypeParser(oid, format as 'text');
    },
  } as unknown as pg.CustomTypesConfig;
  return new pg.Client({ connectionString: url, options: '-c TimeZone=UTC', types, application_name: 'huiqi-intake' });
}

function clientQueryable(client: pg.Client): Queryable {
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      return (await client.query(sql, params as unknown[])).rows as T[];
    },
    async exec(script: string) {
      await client.query(script);
    },
  };
}
