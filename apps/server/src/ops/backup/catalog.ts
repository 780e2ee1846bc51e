import type { Queryable } from '@huiqi/db';
import { NOT_BACKED_UP } from './backup-format';

export interface TableInfo {
  name: string;
  /** Columns that take values (generated columns are recomputed). */
  columns: string[];
  hasIdentity: boolean;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The tables of the public schema in an order where every table comes after the tables its
 * foreign keys point to (self-references aside), so rows load table by table.
 */
export async function listTables(db: Queryable): Promise<TableInfo[]> {
  const tables = await db.query<{ name: string }>(
    "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname",
  );
  const columns = await db.query<{ table_name: string; column_name: string; generated: string; identity: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name, a.attgenerated::text AS generated, a.attidentity::text AS identity
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
  );
  const fks = await db.query<{ child: string; parent: string }>(
    `SELECT DISTINCT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const names = tables.map((t) => t.name).filter((n) => !NOT_BACKED_UP.has(n));
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const fk of fks) if (fk.child !== fk.parent && parents.has(fk.child) && parents.has(fk.parent)) parents.get(fk.child)!.add(fk.parent);
  const ordered: string[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (n: string) => {
    if (done.has(n)) return;
    if (visiting.has(n)) throw new Error(`foreign keys form a cycle through ${n}: a backup cannot order its tables`);
    visiting.add(n);
    for (const p of [...parents.get(n)!].sort()) visit(p);
    visiting.delete(n);
    done.add(n);
    ordered.push(n);
  };
  for (const n of names) visit(n);
  return ordered.map((name) => {
    const cols = columns.filter((c) => c.table_name === name);
    return { name, columns: cols.filter((c) => c.generated === '').map((c) => c.column_name), hasIdentity: cols.some((c) => c.identity !== '') };
  });
}

export async function listSequences(db: Queryable): Promise<Record<string, number | null>> {
  const rows = await db.query<{ name: string; last_value: number | null }>("SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename");
  return Object.fromEntries(rows.map((r) => [r.name, r.last_value === null ? null : Number(r.last_value)]));
}
