import { randomUUID } from 'node:crypto';
import { bi, today as beijingToday, type PlainDate } from '@huiqi/kernel';
import {
  beginBulkLoad, countUpdatedEnterprises, findAppliedBatch, inIntakeTransaction, listInstitutions, loanContractHolders, mergeDepartmentFacts, refreshFirstLoanFacts, sharedFactsContext, type DepartmentFactKind, type DepartmentFactRow, inTargetTransaction, listIntakeErrors, listJurisdictions, mergeStageChunk, recordIntakeBatch,
  type BulkLoad, type IntakeBatchStatus, type IntakeChannel, type IntakeTarget, type Queryable, type StageRow,
} from '@huiqi/db';
import { districtLookup } from './district-lookup';
import { DuplicateTracker } from './duplicate-tracker';
import { ENTERPRISE_COLUMNS, YEARLY_FIGURE_COLUMNS } from './intake-columns';
import { TableFileError, type TableRecord } from './read-table-file';
import { resolveHeader, type HeaderMap } from './resolve-header';
import type { RowError } from './row-error';
import { figureGroupErrors, validateEnterpriseRow, type PreviousEnterpriseRow } from './validate-enterprise-row';
import { validateFigureRow } from './validate-figure-row';
import { DEPARTMENT_FACT_SPECS, contractOfLoanKey, institutionLookup, isDepartmentFactKind, validateDepartmentFactRow, type DepartmentFactContext } from './department-fact-kinds';
import { beijingMinute } from '../rules/fact-origins';

/** The intake kinds that write the registry. */
export type RegistryIntakeKind = 'REGISTRY' | 'YEARLY_FIGURES';
/** The kinds served so far: the registry's, and the department facts of migration 0712 (department-fact-kinds.ts). */
export type SupportedIntakeKind = RegistryIntakeKind | DepartmentFactKind;

export interface IntakeRequest {
  kind: SupportedIntakeKind;
  /** The table, header first, in batches of records (read-table-file.ts). */
  records: AsyncIterable<TableRecord[]>;
  /** The sha256 of the bytes received, known once `records` is exhausted. */
  contentSha256: () => string;
  departmentId: string | null;
  /** Null: a fresh key (each run is its own batch; idempotent by content comparison). */
  batchKey: string | null;
  channel: IntakeChannel;
  fileName: string | null;
  actorUserId: string | null;
  tokenId: string | null;
  /** "accept the valid rows": write them, keep the rejected ones downloadable. Default all-or-nothing. */
  acceptValid: boolean;
  /** GB/T 4754-2017 sections (rule base `industryMap.sections`). */
  industrySections: ReadonlyMap<string, readonly [string, string]>;
  at?: Date;
  /** Told every 10 000 rows read. */
  onProgress?: (rowsRead: number) => void;
  /** Run everything, then roll back and record nothing: what the batch would do (the console's preview). */
  dryRun?: boolean;
  /** Keep the first N data rows as read, for a preview table. */
  previewRows?: number;
  /** Rows merged at a time (default 200 000; small in tests to exercise the chunking). */
  mergeChunkRows?: number;
  /** A first load into an empty registry whose first chunk has at least this many rows (or is full) is a bulk load (default 10 000; bulk-load.ts). */
  bulkLoadMinRows?: number;
  /** Told after each merged chunk, with the rows merged so far (in the batch's transaction, not yet committed). */
  onChunkMerged?: (rowsMerged: number) => void;
  /** Told when the last chunk is merged (before the batch is recorded and committed). */
  onPhase?: (phase: 'MERGED') => void;
}

/** The row-by-row report of a batch (and of a replayed one: `replayed` true, nothing written). */
export interface IntakeReport {
  batchId: string;
  batchKey: string;
  status: IntakeBatchStatus;
  replayed: boolean;
  rowCount: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: RowError[];
  dryRun: boolean;
  preview: { header: string[]; rows: { line: number; cells: string[] }[] } | null;
}

/** A request that cannot be served at all (the batch key was used for other content). */
export class IntakeConflict extends Error {
  constructor(readonly reason: { zh: string; en: string }) {
    super(reason.en);
  }
}

const LOOKUP_CHUNK = 500;
/** Department facts merged at a time (in the batch's transaction). */
const FACT_CHUNK = 50_000;
/** Below this, setting indexes aside costs more than it saves. */
const BULK_LOAD_MIN_ROWS = 10_000;
/** Rows merged at a time: the next chunk is read and validated while the database merges this one. */
const MERGE_CHUNK = 200_000;

/**
 * One intake batch of registry data, streaming: each row is validated as it is read (every
 * problem of the row reported), valid rows go to the staging table, and at the end either
 * everything is merged in the same transaction, or — all-or-nothing, one bad row — nothing is.
 * With `acceptValid` the valid rows are merged and the rejected ones recorded for download.
 * The batch, its report and its audit event are recorded either way.
 */
export async function runIntake(target: IntakeTarget, req: IntakeRequest): Promise<IntakeReport> {
  const at = req.at ?? new Date();
  const today: PlainDate = beijingToday('Asia/Shanghai', at);
  if (req.batchKey !== null) {
    const existing = await inTargetTransaction(target, (tx) => findAppliedBatch(tx, req.departmentId, req.batchKey!));
    if (existing) {
      for await (const _ of req.records) void _; // read to the end: the content decides replay or conflict
      if (existing.contentSha256 !== req.contentSha256() || existing.kind !== req.kind) {
        throw new IntakeConflict(bi(`批次号「${req.batchKey}」已用于另一份数据（${existing.receivedAt}）`, `batch key '${req.batchKey}' was already used for different data (${existing.receivedAt})`));
      }
      const errors = await inTargetTransaction(target, (tx) => listIntakeErrors(tx, existing.id));
      return { batchId: existing.id, batchKey: existing.batchKey, status: existing.status, replayed: true, dryRun: false, preview: null, rowCount: existing.rowCount, inserted: existing.inserted, updated: existing.updated, unchanged: existing.unchanged, rejected: existing.rejected, errors };
    }
  }
  const jurisdictions = await inTargetTransaction(target, (tx) => listJurisdictions(tx));
  // Shared facts: the policy must be linked to a fund; the copy 数据比对 reads is named by the department and time received.
  const shared = req.kind === 'SHARED_FACTS' ? await inTargetTransaction(target, (tx) => sharedFactsContext(tx, req.departmentId)) : null;
  // Loan records: the lending institution must be one the platform knows.
  const institutions = req.kind === 'LOAN_RECORDS' ? institutionLookup(await inTargetTransaction(target, (tx) => listInstitutions(tx))) : undefined;
  const factContext: DepartmentFactContext = shared ? { fundedPolicies: shared.fundedPolicies } : institutions ? { institutions } : {};
  // Loan records: the enterprises whose loans changed, whose first-loan facts are derived again once the batch is recorded.
  const loanUsccs = new Set<string>();
  const sharedSource = shared ? `${shared.departmentName ? `${shared.departmentName}报送` : '部门数据导入'}（${beijingMinute(at.toISOString())} 接收）` : undefined;
  const batchId = randomUUID();
  const batchKey = req.batchKey ?? `${req.channel.toLowerCase()}-${batchId}`;
  const errors: RowError[] = [];
  const rejectedRows: { line: number; cells: string[] }[] = [];
  let header: HeaderMap | null = null;
  let headerCells: string[] = [];
  let rowCount = 0;
  let staged = 0;
  const tracker = new DuplicateTracker();
  const previewRows: { line: number; cells: string[] }[] = [];
  const districts = districtLookup(jurisdictions);
  const reject = (line: number, cells: string[], rowErrors: readonly RowError[]) => {
    errors.push(...rowErrors);
    rejectedRows.push({ line, cells });
  };

  const outcome = await inIntakeTransaction(target, batchId, async (tx, stage) => {
    // A large first load into an empty registry: indexes, keys and a trigger set aside until the end
    // (bulk-load.ts). Decided at the first merge, when the size of the first chunk is known.
    let bulk: BulkLoad | null | undefined;
    let chunk: StageRow[] = [];
    let inflight: Promise<void> = Promise.resolve();
    let merged = 0;
    const totals = { inserted: 0, figuresInserted: 0, figuresUpdated: 0 };
    // All-or-nothing and a bad row seen: stop writing (the transaction will roll back), keep validating.
    const writing = () => req.acceptValid || errors.length === 0;
    const ship = async () => {
      const rows = chunk;
      chunk = [];
      await inflight;
      if (!writing() || rows.length === 0) return;
      inflight = (async () => {
        if (bulk === undefined) bulk = req.kind === 'REGISTRY' && rows.length >= Math.min(chunkRows, req.bulkLoadMinRows ?? BULK_LOAD_MIN_ROWS) ? await beginBulkLoad(tx) : null;
        await stage.write(rows);
        await stage.finish();
        const c = await mergeStageChunk(tx, stage.table, batchId, at, req.actorUserId, bulk !== null);
        totals.inserted += c.inserted;
        totals.figuresInserted += c.figuresInserted;
        totals.figuresUpdated += c.figuresUpdated;
        merged += rows.length;
        req.onChunkMerged?.(merged);
      })();
      inflight.catch(() => undefined); // awaited at the next ship; no unhandled rejection meanwhile
    };
    const chunkRows = req.mergeChunkRows ?? MERGE_CHUNK;
    const put = (row: StageRow) => {
      staged++;
      chunk.push(row);
    };
    const pending: { row: StageRow; cells: string[] }[] = [];
    const flushPending = async () => {
      if (pending.length === 0) return;
      const known = new Set((await tx.query<{ uscc: string }>('SELECT uscc FROM enterprises WHERE uscc = ANY ($1::text[])', [[...new Set(pending.map((p) => p.row[1]))]])).map((r) => r.uscc));
      for (const p of pending) {
        if (known.has(p.row[1])) put(p.row);
        else {
          reject(p.row[0], p.cells, [{ line: p.row[0], column: header!.header.get('uscc')!, message: bi(`企业 ${p.row[1]} 不在企业库中（请先导入登记信息）`, `enterprise ${p.row[1]} is not in the registry (import its registration first)`) }]);
        }
      }
      pending.length = 0;
    };
    // Department facts: one row per (enterprise, period) in a file; the enterprise must be registered.
    const factLines = new Map<string, number>();
    const factPending: { row: DepartmentFactRow & { line: number }; cells: string[] }[] = [];
    let factRows: DepartmentFactRow[] = [];
    const factTotals = { inserted: 0, updated: 0 };
    const mergeFacts = async () => {
      const rows = factRows;
      factRows = [];
      if (!writing() || rows.length === 0 || !isDepartmentFactKind(req.kind)) return;
      const c = await mergeDepartmentFacts(tx, req.kind, rows, batchId, at, sharedSource);
      if (req.kind === 'LOAN_RECORDS') for (const u of c.changedUsccs) loanUsccs.add(u);
      factTotals.inserted += c.inserted;
      factTotals.updated += c.updated;
    };
    const flushFacts = async () => {
      if (factPending.length === 0) return;
      const known = new Set((await tx.query<{ uscc: string }>('SELECT uscc FROM enterprises WHERE uscc = ANY ($1::text[])', [[...new Set(factPending.map((p) => p.row.uscc))]])).map((r) => r.uscc));
      const holders = req.kind === 'LOAN_RECORDS' ? await loanContractHolders(tx, factPending.map((p) => p.row.period)) : new Map<string, string>();
      for (const p of factPending) {
        const holder = holders.get(p.row.period);
        if (holder !== undefined && holder !== p.row.uscc) {
          const c = contractOfLoanKey(p.row.period);
          reject(p.row.line, p.cells, [{ line: p.row.line, column: header!.header.get('contract_number')!, message: bi(`贷款合同 ${c} 已登记在企业 ${holder} 名下`, `loan contract ${c} is already recorded for enterprise ${holder}`) }]);
        } else if (known.has(p.row.uscc)) {
          staged++;
          factRows.push({ uscc: p.row.uscc, period: p.row.period, value: p.row.value });
        } else {
          reject(p.row.line, p.cells, [{ line: p.row.line, column: header!.header.get('uscc')!, message: bi(`企业 ${p.row.uscc} 不在企业库中（请先导入登记信息）`, `enterprise ${p.row.uscc} is not in the registry (import its registration first)`) }]);
        }
      }
      factPending.length = 0;
      if (factRows.length >= FACT_CHUNK) await mergeFacts();
    };
    let unreadable = false;
    try {
      let previous: (PreviousEnterpriseRow & { key: string }) | null = null;
      for await (const batch of req.records) {
        for (const rec of batch) {
          if (header === null) {
            if (errors.length > 0) continue; // a refused header: read on only to hash the content
            headerCells = rec.cells;
            const h = resolveHeader(rec.cells, req.kind === 'REGISTRY' ? ENTERPRISE_COLUMNS : req.kind === 'YEARLY_FIGURES' ? YEARLY_FIGURE_COLUMNS : DEPARTMENT_FACT_SPECS[req.kind].columns);
            const more = h.ok && req.kind === 'REGISTRY' ? figureGroupErrors(h.value) : [];
            if (!h.ok) errors.push(...h.errors);
            else if (more.length > 0) errors.push(...more);
            else header = h.value;
            continue;
          }
          rowCount++;
          if (previewRows.length < (req.previewRows ?? 0)) previewRows.push({ line: rec.line, cells: rec.cells });
          if (req.onProgress && rowCount % 10_000 === 0) req.onProgress(rowCount);
          if (req.kind === 'REGISTRY') {
            const v = validateEnterpriseRow(rec.cells, rec.line, { header, districts, industrySections: req.industrySections, today }, previous);
            if (!v.ok) {
              previous = null;
              reject(rec.line, rec.cells, v.errors);
              continue;
            }
            const r = v.row;
            // The same registry cells as the row before: the same key (and fingerprint, which the tracker keeps).
            const registryKey: string = v.sameRegistryAsPrevious && previous
              ? previous.key
              : `${r.name}\u0001${r.registeredAddress}\u0001${r.district}\u0001${r.industryCode}\u0001${r.registrationDate}\u0001${r.taxpayerType}\u0001${r.legalRepresentative ?? ''}`;
            previous = { cells: rec.cells, row: r, key: registryKey };
            const d = tracker.check({ line: r.line, uscc: r.uscc, year: r.figures?.year ?? null, registryKey }, { uscc: header.header.get('uscc')!, name: header.header.get('name')! });
            if (!d.ok) {
              reject(rec.line, rec.cells, [d.error]);
              continue;
            }
            const f = r.figures;
            put([
              r.line, r.uscc,
              ...(d.first ? [r.name, r.registeredAddress, r.district, r.industryCode, r.registrationDate, r.taxpayerType, r.isIndividualBusiness] as const : [null, null, null, null, null, null, null] as const),
              f?.year ?? null, f?.employees ?? null, f?.revenueFen ?? null, f?.totalAssetsFen ?? null, null, null, d.first ? r.legalRepresentative : null,
            ]);
          } else if (isDepartmentFactKind(req.kind)) {
            const v = validateDepartmentFactRow(req.kind, rec.cells, rec.line, header, today, factContext);
            if (!v.ok) {
              reject(rec.line, rec.cells, v.errors);
              continue;
            }
            // A loan contract once per file, whichever enterprise the rows name.
            const key = req.kind === 'LOAN_RECORDS' ? v.row.period : `${v.row.uscc}\u0001${v.row.period}`;
            const earlier = factLines.get(key);
            if (earlier !== undefined) {
              const p = DEPARTMENT_FACT_SPECS[req.kind].periodLabel(v.row.period);
              reject(rec.line, rec.cells, [{ line: rec.line, column: header.header.get('uscc')!, message: bi(`统一社会信用代码 ${v.row.uscc} 的 ${p.zh}数据在第 ${earlier} 行已出现`, `uscc ${v.row.uscc} already has a row for ${p.en} on line ${earlier}`) }]);
              continue;
            }
            factLines.set(key, rec.line);
            factPending.push({ row: v.row, cells: rec.cells });
            if (factPending.length >= LOOKUP_CHUNK) await flushFacts();
          } else {
            const v = validateFigureRow(rec.cells, rec.line, header, today);
            if (!v.ok) {
              reject(rec.line, rec.cells, v.errors);
              continue;
            }
            const r = v.row;
            const d = tracker.check({ line: r.line, uscc: r.uscc, year: r.year, registryKey: '' }, { uscc: header.header.get('uscc')!, name: header.header.get('uscc')! });
            if (!d.ok) {
              reject(rec.line, rec.cells, [d.error]);
              continue;
            }
            pending.push({ row: [r.line, r.uscc, null, null, null, null, null, null, null, r.year, r.employees, r.revenueFen, r.totalAssetsFen, r.rdExpenseFen, r.mainBusinessRevenueFen, null], cells: rec.cells });
            if (pending.length >= LOOKUP_CHUNK) await flushPending();
          }
        }
        if (chunk.length >= chunkRows) await ship();
      }
    } catch (e) {
      if (!(e instanceof TableFileError)) throw e;
      errors.push({ line: 0, column: '', message: e.reason });
      unreadable = true;
    }
    await flushPending();
    await flushFacts();
    await mergeFacts();
    await ship();
    await inflight;
    // The lookups of registered enterprises report late: the report goes in file order (stable).
    errors.sort((a, b) => a.line - b.line);
    rejectedRows.sort((a, b) => a.line - b.line);
    if (bulk && writing()) await bulk.finish();
    if (unreadable) {
      /* reported above */
    } else if (header === null && errors.length === 0) errors.push({ line: 0, column: '', message: bi('文件为空（没有表头）', 'the file is empty (no header row)') });
    else if (header !== null && rowCount === 0) errors.push({ line: 1, column: '', message: bi('文件只有表头，没有数据行', 'the file has a header but no data rows') });
    const fileRefused = unreadable || header === null || rowCount === 0;
    if (fileRefused || (errors.length > 0 && !req.acceptValid)) return { commit: false, value: null };
    req.onPhase?.('MERGED');
    const updated = req.kind === 'REGISTRY' ? (bulk ? 0 : await countUpdatedEnterprises(tx)) : totals.figuresUpdated;
    const counts = req.kind === 'REGISTRY'
      ? { inserted: totals.inserted, updated, unchanged: tracker.size - totals.inserted - updated }
      : isDepartmentFactKind(req.kind)
        ? { inserted: factTotals.inserted, updated: factTotals.updated, unchanged: staged - factTotals.inserted - factTotals.updated }
        : { inserted: totals.figuresInserted, updated, unchanged: staged - totals.figuresInserted - updated };
    const status: IntakeBatchStatus = rejectedRows.length > 0 ? 'PARTIALLY_APPLIED' : 'APPLIED';
    if (req.dryRun) return { commit: false, value: { status, ...counts } };
    await record(tx, status, counts);
    // After the batch is recorded: the first-loan derivation names the batch (packages/db/src/credit/first-loan-facts.ts).
    for (const uscc of loanUsccs) await refreshFirstLoanFacts(tx, uscc, req.actorUserId, at);
    return { commit: true, value: { status, ...counts } };
  });

  async function record(tx: Queryable, status: IntakeBatchStatus, counts: { inserted: number; updated: number; unchanged: number }) {
    await recordIntakeBatch(tx, {
      id: batchId, departmentId: req.departmentId, kind: req.kind, batchKey, channel: req.channel, fileName: req.fileName,
      contentSha256: req.contentSha256(), receivedAt: at.toISOString(), actorUserId: req.actorUserId, tokenId: req.tokenId,
      acceptValid: req.acceptValid, status, rowCount, ...counts, rejected: rejectedRows.length, header: headerCells,
      errors: errors.map((e) => ({ line: e.line, column: e.column, message: e.message })), rejectedRows,
    });
  }

  const dryRun = req.dryRun === true;
  const preview = req.previewRows ? { header: headerCells, rows: previewRows } : null;
  if (outcome === null) {
    const rejected = rejectedRows.length;
    if (!dryRun) await inTargetTransaction(target, (tx) => record(tx, 'REJECTED', { inserted: 0, updated: 0, unchanged: 0 }));
    return { batchId, batchKey, status: 'REJECTED', replayed: false, dryRun, preview, rowCount, inserted: 0, updated: 0, unchanged: 0, rejected, errors };
  }
  return { batchId, batchKey, replayed: false, dryRun, preview, rowCount, rejected: rejectedRows.length, errors, ...outcome };
}
