import type { Queryable } from '../database';

/**
 * The first load of a registry (issue 13, "Scale"): when a batch starts on an empty registry, its
 * rows go into the registry tables without their secondary indexes, without the per-row
 * foreign-key checks and without the figure-insert trigger of the change queue; afterwards the
 * indexes are built from the loaded rows (PostgreSQL sorts once instead of inserting 10 million
 * entries one by one) and the foreign keys are added back, which checks every row in one join.
 *
 * Everything happens in the batch's transaction: a batch that is refused or killed part-way leaves
 * the indexes, keys and triggers as they were (DDL in PostgreSQL is transactional). The tables are
 * locked (ACCESS EXCLUSIVE) until the batch commits: nobody reads an empty registry anyway.
 *
 * The definitions are read from the catalog (pg_get_indexdef, pg_get_constraintdef), so the
 * migrations stay the only place that defines them. The primary keys of `enterprises` (other
 * tables' foreign keys point at it) and of the two queue tables (the ON CONFLICT of their
 * triggers) stay.
 *
 * The change queue (migration 0630): its statement-level trigger on inserted enterprises queues
 * every new enterprise, set-based, once per merged chunk (and the queue's own trigger mirrors it into
 * the change log of migration 0800). The trigger on inserted figures is switched off for the load:
 * on an empty registry every figure row belongs to an enterprise this batch inserted, which is
 * queued already, so it would only queue the same enterprises a second time.
 */
export const BULK_TABLES = ['enterprises', 'enterprise_versions', 'enterprise_figures', 'enterprise_figure_versions', 'registry_changes', 'registry_change_log'] as const;

export interface BulkLoad {
  /** Builds the indexes, adds the keys back (checking every row) and switches the trigger on again. */
  finish(): Promise<void>;
}

interface IndexDef { table: string; name: string; def: string; constraint: string | null; constraintDef: string | null }
interface KeyDef { table: string; name: string; def: string }
interface TriggerDef { table: string; name: string }

/** Primary keys kept during a load (see above). */
const KEEP_PRIMARY_KEYS = ['enterprises', 'registry_changes', 'registry_change_log'];

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Starts a bulk load when the registry is empty (null otherwise: the batch merges as usual). */
export async function beginBulkLoad(tx: Queryable): Promise<BulkLoad | null> {
  const [empty] = await tx.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM enterprises) AS empty');
  if (!empty!.empty) return null;
  const tables = [...BULK_TABLES];
  await tx.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  const indexes = await tx.query<IndexDef>(
    `SELECT t.relname AS table, x.relname AS name, pg_get_indexdef(i.indexrelid) AS def, c.conname AS constraint,
            CASE WHEN c.oid IS NULL THEN NULL ELSE pg_get_constraintdef(c.oid) END AS "constraintDef"
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_class x ON x.oid = i.indexrelid
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')
      WHERE t.relname = ANY ($1::text[]) AND t.relnamespace = to_regnamespace(current_schema())
        AND NOT (i.indisprimary AND t.relname = ANY ($2::text[]))
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
      ORDER BY t.relname, x.relname`,
    [tables, KEEP_PRIMARY_KEYS],
  );
  const keys = await tx.query<KeyDef>(
    `SELECT t.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.contype = 'f' AND t.relname = ANY ($1::text[]) AND t.relnamespace = to_regnamespace(current_schema())
      ORDER BY t.relname, c.conname`,
    [tables],
  );
  const triggers = await tx.query<TriggerDef>(
    `SELECT t.relname AS table, g.tgname AS name
       FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_proc p ON p.oid = g.tgfoid
      WHERE NOT g.tgisinternal AND g.tgenabled <> 'D' AND p.proname = 'queue_registry_changes'
        AND t.relname = 'enterprise_figures' AND (g.tgtype & 4) <> 0 AND t.relnamespace = to_regnamespace(current_schema())`,
  );
  for (const k of keys) await tx.query(`ALTER TABLE ${quote(k.table)} DROP CONSTRAINT ${quote(k.name)}`);
  for (const i of indexes) {
    if (i.constraint) await tx.query(`ALTER TABLE ${quote(i.table)} DROP CONSTRAINT ${quote(i.constraint)}`);
    else await tx.query(`DROP INDEX ${quote(i.name)}`);
  }
  for (const t of triggers) await tx.query(`ALTER TABLE ${quote(t.table)} DISABLE TRIGGER ${quote(t.name)}`);
  return {
    async finish() {
      // Index builds sort in memory up to this much (per build), instead of the default 64 MB.
      await tx.query("SET LOCAL maintenance_work_mem = '256MB'");
      await tx.query("SET LOCAL work_mem = '128MB'"); // the keys' check: one hash join per key
      for (const i of indexes) {
        if (i.constraint) await tx.query(`ALTER TABLE ${quote(i.table)} ADD CONSTRAINT ${quote(i.constraint)} ${i.constraintDef}`);
        else await tx.query(i.def);
      }
      for (const k of keys) await tx.query(`ALTER TABLE ${quote(k.table)} ADD CONSTRAINT ${quote(k.name)} ${k.def}`);
      for (const t of triggers) await tx.query(`ALTER TABLE ${quote(t.table)} ENABLE TRIGGER ${quote(t.name)}`);
      for (const t of tables) await tx.query(`ANALYZE ${quote(t)}`);
    },
  };
}
