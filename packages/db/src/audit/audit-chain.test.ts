import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/engines';
import { appendAuditEvent } from './append-audit-event';
import { verifyAuditChain } from './verify-audit-chain';
import { canonicalJson } from './canonical-json';

describeEachEngine('audit hash chain', (getDb) => {
  it('links each event to the previous one and verifies', async () => {
    const db = getDb();
    const first = await db.transaction((tx) => appendAuditEvent(tx, { type: 'API_TOKEN_CREATED', subject: 'u1', payload: { tokenId: 't1', name: '对账系统', prefix: 'hq_abc' } }, 'u1'));
    const second = await db.transaction((tx) => appendAuditEvent(tx, { type: 'API_TOKEN_REVOKED', subject: 'u1', payload: { tokenId: 't1' } }, 'u1'));
    expect(second.seq).toBe(first.seq + 1);
    expect(second.prevHash).toBe(first.hash);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    for (let i = 0; i < 5; i++) {
      await db.transaction((tx) => appendAuditEvent(tx, { type: 'USER_LOGGED_OUT', subject: `u${i}`, payload: {} }, `u${i}`));
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 7, lastSeq: 7 });
  });

  it('keeps the chain linear under concurrent appenders', async () => {
    const db = getDb();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => db.transaction((tx) => appendAuditEvent(tx, { type: 'USER_LOGGED_OUT', subject: `c${i}`, payload: {} }, null))),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 15 });
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const db = getDb();
    await expect(
      db.transaction(async (tx) => {
        await appendAuditEvent(tx, { type: 'USER_LOGGED_OUT', subject: 'rollback', payload: {} }, null);
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    const rows = await db.query("SELECT seq FROM audit_events WHERE subject = 'rollback'");
    expect(rows).toHaveLength(0);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('names the first tampered row, and is whole again once it is restored', async () => {
    const db = getDb();
    const [row] = await db.query<{ payload: unknown }>('SELECT payload FROM audit_events WHERE seq = 3');
    await db.query(`UPDATE audit_events SET payload = '{"tokenId":"t999"}'::jsonb WHERE seq = 3`);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'HASH_MISMATCH' });
    expect(report.message?.zh).toContain('第 3 条');
    expect(report.message?.en).toContain('event 3');
    await db.query('UPDATE audit_events SET payload = $1::jsonb WHERE seq = 3', [JSON.stringify(row!.payload)]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('detects a changed actor or timestamp, not only the payload', async () => {
    const db = getDb();
    await db.query("UPDATE audit_events SET occurred_at = occurred_at + interval '1 second' WHERE seq = 5");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBadSeq: 5, problem: 'HASH_MISMATCH' });
    await db.query("UPDATE audit_events SET occurred_at = occurred_at - interval '1 second' WHERE seq = 5");
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('detects a deleted row in the middle and a deleted last row', async () => {
    const db = getDb();
    const saved = await db.query<Record<string, unknown>>('SELECT * FROM audit_events WHERE seq IN (4, 15) ORDER BY seq');
    await db.query('DELETE FROM audit_events WHERE seq = 4');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBadSeq: 4, problem: 'MISSING_ROW' });
    await restore(saved[0]!);
    await db.query('DELETE FROM audit_events WHERE seq = 15');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBadSeq: 15, problem: 'HEAD_MISMATCH' });
    await restore(saved[1]!);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 15 });

    async function restore(r: Record<string, unknown>) {
      await db.query(
        'INSERT INTO audit_events (seq, type, occurred_at, actor_user_id, subject, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)',
        [r.seq, r.type, r.occurred_at, r.actor_user_id, r.subject, JSON.stringify(r.payload), r.prev_hash, r.hash],
      );
    }
  });

  it('hashes canonical JSON, independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
