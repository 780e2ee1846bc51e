/**
 * Crash test for paying benefits: the real server in a child process, SIGKILL while it works on a
 * payment batch and again while it imports the bank's return file, restart on the same data.
 * Wherever the kill lands (before, inside or after the transaction), nothing is half-written — a
 * batch exists with all its lines and every case in it scheduled, or not at all; a return file is
 * applied wholly or not at all — and repeating the same request gives the same end state as an
 * uninterrupted run: one batch with every approved case, every line paid once, one import record,
 * an intact audit chain. Runs on PGlite: the batch and the return import are single transactions
 * with the same SQL on both engines, and the appeals and intake crash tests kill PostgreSQL servers too.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { BENEFIT_DEMO_ENTERPRISES, verifyAuditChain, type Database } from '@huiqi/db';
import { closeCrashDatabase, crashEngines, type CrashEngine } from '../testing/crash-engines';
import { freePort, logInCookie, spawnServer, type ServerProcess } from '../appeals/testing/server-process';

const RETURN_HEADER = 'payment_id,result,amount_yuan,bank_reference,settled_on,reason';
const LIMIT_MS = 300_000;

interface Call { status: number; body: any }

async function call(server: ServerProcess, cookie: string, method: string, path: string, body?: unknown): Promise<Call> {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

/**
 * Sends a POST and SIGKILLs the server as soon as the request has left this process — the server is
 * then somewhere between reading it and committing its answer; the test does not know where, and
 * its checks hold for every such point.
 */
async function postThenKill(server: ServerProcess, cookie: string, path: string, body: unknown): Promise<void> {
  const url = new URL(path, server.baseUrl);
  const payload = JSON.stringify(body);
  await new Promise<void>((resolve) => {
    const req = httpRequest(url, { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } });
    req.on('error', () => resolve()); // the connection dies with the server
    req.on('response', (res) => res.resume());
    req.on('finish', () => void server.kill('SIGKILL').then(resolve));
    req.end(payload);
  });
}

interface PaymentState {
  batches: { id: string; lineCount: number; totalFen: number; lines: number; linesFen: number }[];
  payments: { caseId: string; batchId: string; status: string }[];
  caseStatuses: Map<string, string>;
  imports: number;
}

async function paymentState(db: Database, fundId: string): Promise<PaymentState> {
  const batches = await db.query<{ id: string; line_count: number; total_fen: string | number; lines: string | number; lines_fen: string | number | null }>(
    `SELECT b.id, b.line_count, b.total_fen, count(p.id) AS lines, sum(p.amount_fen) AS lines_fen
     FROM benefit_payment_batches b LEFT JOIN benefit_payments p ON p.batch_id = b.id WHERE b.fund_id = $1 GROUP BY b.id, b.line_count, b.total_fen`,
    [fundId],
  );
  const payments = await db.query<{ case_id: string; batch_id: string; status: string }>(
    'SELECT p.case_id, p.batch_id, p.status FROM benefit_payments p JOIN benefit_payment_batches b ON b.id = p.batch_id WHERE b.fund_id = $1',
    [fundId],
  );
  const cases = await db.query<{ id: string; status: string }>('SELECT id, status FROM benefit_cases WHERE fund_id = $1', [fundId]);
  const imports = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM benefit_bank_imports i JOIN benefit_payment_batches b ON b.id = i.batch_id WHERE b.fund_id = $1', [fundId]);
  return {
    batches: batches.map((b) => ({ id: b.id, lineCount: b.line_count, totalFen: Number(b.total_fen), lines: Number(b.lines), linesFen: Number(b.lines_fen ?? 0) })),
    payments: payments.map((p) => ({ caseId: p.case_id, batchId: p.batch_id, status: p.status })),
    caseStatuses: new Map(cases.map((c) => [c.id, c.status])),
    imports: Number(imports[0]!.n),
  };
}

/** Nothing half-written: each batch holds exactly the lines and total it declares, and a case has a payment row exactly when its log says it was scheduled or settled. */
function expectWhole(s: PaymentState) {
  for (const b of s.batches) expect({ lines: b.lines, linesFen: b.linesFen }).toEqual({ lines: b.lineCount, linesFen: b.totalFen });
  const paid = new Set(s.payments.map((p) => p.caseId));
  for (const [caseId, status] of s.caseStatuses) {
    if (paid.has(caseId)) expect(['PAYMENT_IN_PROGRESS', 'PAID', 'PAYMENT_FAILED']).toContain(status);
    else expect(['PAYMENT_IN_PROGRESS', 'PAID']).not.toContain(status);
  }
  for (const p of s.payments) {
    const caseStatus = s.caseStatuses.get(p.caseId);
    if (p.status === 'PAID') expect(caseStatus).toBe('PAID');
    if (p.status === 'PENDING') expect(caseStatus).toBe('PAYMENT_IN_PROGRESS');
  }
}

async function runCrash(engine: CrashEngine) {
  const port = await freePort();
  const env = { ...engine.env, HUIQI_DEMO: '1' };
  let server = await spawnServer({ port, env });
  /** Stops the server, reads the state from the database, and starts the server again unless this is the end. */
  const look = async (fundId: string, restart = true) => {
    await server.kill('SIGTERM');
    const db = await engine.open();
    try {
      return { state: await paymentState(db, fundId), chain: await verifyAuditChain(db) };
    } finally {
      await closeCrashDatabase(engine, db);
      if (restart) server = await spawnServer({ port, env });
    }
  };
  try {
    // 免申即享: the reviewing department lists the eligible enterprises, they confirm their accounts, it approves them all.
    const reviewer = await logInCookie(server.baseUrl, 'dept-miit');
    const bureau = await logInCookie(server.baseUrl, 'bureau');
    const links = (await call(server, bureau, 'GET', '/api/benefits/fund-links')).body.items as { policyId: string; fundId: string; channel: string }[];
    let chosen: { policyId: string; fundId: string } | null = null;
    for (const l of links.filter((x) => x.channel === 'NO_APPLICATION')) {
      const cmp = await call(server, reviewer, 'POST', `/api/benefits/no-application/${l.policyId}/compare`);
      if (cmp.status === 200 && (cmp.body.listed as string[]).length > 0) { chosen = l; break; }
    }
    if (!chosen) throw new Error('the demo city has no 免申即享 policy with eligible enterprises');
    const { policyId, fundId } = chosen;
    for (const e of BENEFIT_DEMO_ENTERPRISES) {
      const cookie = await logInCookie(server.baseUrl, e.login);
      const mine = ((await call(server, cookie, 'GET', '/api/benefits/applications')).body.items as { id: string; status: string }[]);
      for (const c of mine.filter((x) => x.status === 'LISTED')) {
        const r = await call(server, cookie, 'POST', `/api/benefits/applications/${c.id}/actions`, { action: 'CONFIRM', account: { accountName: e.name, accountNumber: `62220000000000${e.login.length}`, bankName: '某银行' } });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
      }
    }
    const approved = await call(server, reviewer, 'POST', `/api/benefits/no-application/${policyId}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const approvedCount = (approved.body.approved as unknown[]).length;
    expect(approvedCount).toBeGreaterThan(0);

    // 1. SIGKILL while the payment batch is being prepared; then the whole batch or nothing.
    let finance = await logInCookie(server.baseUrl, 'finance');
    await postThenKill(server, finance, '/api/benefits/payment-batches', { fundId });
    const afterBatchKill = await look(fundId);
    expectWhole(afterBatchKill.state);
    expect(afterBatchKill.state.batches.length).toBeLessThanOrEqual(1);
    // Repeating the request completes the work or says there is nothing left to pay; never a second batch.
    finance = await logInCookie(server.baseUrl, 'finance');
    const repeat = await call(server, finance, 'POST', '/api/benefits/payment-batches', { fundId });
    expect(afterBatchKill.state.batches.length === 1 ? repeat.status >= 400 : repeat.status === 201, JSON.stringify(repeat.body)).toBe(true);
    const batches = (await call(server, finance, 'GET', '/api/benefits/payment-batches')).body.items as { id: string; fundId: string; lineCount: number }[];
    const ofFund = batches.filter((b) => b.fundId === fundId);
    expect(ofFund).toHaveLength(1);
    expect(ofFund[0]!.lineCount).toBe(approvedCount);
    const batchId = ofFund[0]!.id;

    // 2. SIGKILL while the bank's return file is being imported; then all lines settled or none.
    const csv = (await call(server, finance, 'GET', `/api/benefits/payment-batches/${batchId}/export?format=csv`)).body as string;
    const lines = csv.split('\r\n').slice(1).filter(Boolean).map((l) => l.split(','));
    expect(lines).toHaveLength(approvedCount);
    const file = [RETURN_HEADER, ...lines.map((l, i) => `${l[0]},SUCCESS,${l[5]},CRASH-REF-${i},2026-04-01,`)].join('\n');
    await postThenKill(server, finance, `/api/benefits/payment-batches/${batchId}/returns`, { content: file });
    const afterImportKill = await look(fundId);
    expectWhole(afterImportKill.state);
    const settled = afterImportKill.state.payments.filter((p) => p.status === 'PAID').length;
    expect([0, approvedCount]).toContain(settled);
    expect(afterImportKill.state.imports).toBe(settled === 0 ? 0 : 1);

    // Importing the same file again gives the uninterrupted result.
    finance = await logInCookie(server.baseUrl, 'finance');
    const again = await call(server, finance, 'POST', `/api/benefits/payment-batches/${batchId}/returns`, { content: file });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.alreadyImported).toBe(settled === approvedCount);
    const end = await look(fundId, false);
    expectWhole(end.state);
    expect(end.state.batches).toHaveLength(1);
    expect(end.state.payments.map((p) => p.status)).toEqual(Array(approvedCount).fill('PAID'));
    expect(end.state.imports).toBe(1);
    return { chain: end.chain, afterBatchKill: afterBatchKill.state.batches.length, settledAtKill: settled, approvedCount };
  } finally {
    await server.kill('SIGKILL').catch(() => undefined);
  }
}

describe.each(crashEngines({ embeddedOnly: true }))('benefits payment crash test on %s', (name, make) => {
  it('leaves no half-written batch or return import across a SIGKILL, and repeating the request gives the uninterrupted result', async () => {
    const engine = await make();
    try {
      const r = await runCrash(engine);
      expect(r.chain.ok, JSON.stringify(r.chain)).toBe(true);
      console.log(`[benefits crash ${name}] ${r.approvedCount} approved cases; batch ${r.afterBatchKill ? 'committed' : 'not written'} at the first kill; ${r.settledAtKill} lines settled at the second`);
    } finally {
      await engine.cleanUp();
    }
  }, LIMIT_MS);
});
