/**
 * Permission matrix: every principal (each role, plus anonymous) × every registered /api endpoint,
 * with the expected HTTP status. The endpoint list comes from the running app, so a new endpoint
 * without a row here fails the first test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { completeUscc } from '@huiqi/kernel';
import { createTestApi, DEMO_ENTERPRISE_USCC } from './testing/test-api';
import { all, only, PRINCIPALS, ROLE_OF, type MatrixRow, type MatrixRows } from './matrix/principals';
import { MODULE_MATRIX_ROWS } from './matrix/module-rows';

const E = DEMO_ENTERPRISE_USCC;
const DEMO_FIGURES_2024 = { employees: 82, revenueFen: 480_000_000_0, totalAssetsFen: 360_000_000_0, rdExpenseFen: 31_000_000_0, mainBusinessRevenueFen: 463_000_000_0 };

/** Keyed by "METHOD /path/:pattern" exactly as registered. */
const CORE_MATRIX: MatrixRows = {
  'GET /api/health': { url: '/api/health', expect: all(200, 200) },
  'GET /api/openapi.json': { url: '/api/openapi.json', expect: all(200, 200) },
  'POST /api/auth/login': { url: '/api/auth/login', payload: { username: 'auditor', password: DEMO_PASSWORD }, expect: all(200, 200) },
  'POST /api/auth/logout': { url: '/api/auth/logout', freshSession: true, expect: all(204, 204) },
  'GET /api/me': { url: '/api/me', expect: { ...all(200), finance: 200 } },
  'GET /api/jurisdictions': { url: '/api/jurisdictions', expect: all(200) },
  'POST /api/tokens': { url: '/api/tokens', payload: { name: 'matrix' }, expect: all(201) },
  'GET /api/tokens': { url: '/api/tokens', expect: all(200) },
  'DELETE /api/tokens/:id': { url: '/api/tokens/no-such-token', expect: all(404) },
  'GET /api/enterprises': { url: '/api/enterprises', expect: only(['enterprise', 'bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']) },
  'POST /api/enterprises': {
    url: '/api/enterprises',
    payload: { uscc: completeUscc('91440300MA5MTRX01'), name: '深圳市矩阵测试有限公司', registeredAddress: '深圳市福田区测试路 1 号', district: 'cn-gd-sz-futian', industryCode: 'I65', registrationDate: '2024-01-02', taxpayerType: 'SMALL_SCALE', isIndividualBusiness: false },
    expect: only(['bureau'], 201),
  },
  'GET /api/enterprises/:uscc': { url: `/api/enterprises/${E}`, expect: only(['enterprise', 'bureau', 'dept-miit', 'auditor', 'admin']) },
  'GET /api/enterprises/:uscc/history': { url: `/api/enterprises/${E}/history`, expect: only(['enterprise', 'bureau', 'dept-miit', 'auditor', 'admin']) },
  'PATCH /api/enterprises/:uscc': { url: `/api/enterprises/${E}`, payload: { industryCode: 'C3911' }, expect: only(['enterprise', 'bureau']) },
  'PUT /api/enterprises/:uscc/figures/:year': { url: `/api/enterprises/${E}/figures/2024`, payload: DEMO_FIGURES_2024, expect: only(['enterprise']) },
  'GET /api/departments': { url: '/api/departments', expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']) },
  'GET /api/departments/:id': { url: '/api/departments/dept-miit', expect: only(['bureau', 'dept-miit', 'auditor', 'admin']) },
  'GET /api/audit': { url: '/api/audit', expect: only(['bureau', 'auditor', 'admin']) },
  'GET /api/audit/verify': { url: '/api/audit/verify', expect: only(['bureau', 'auditor', 'admin']) },
};

const MATRIX: Record<string, MatrixRow> = { ...CORE_MATRIX, ...MODULE_MATRIX_ROWS };

export const MATRIX_SIZE = { principals: PRINCIPALS.length, endpoints: Object.keys(MATRIX).length, checks: PRINCIPALS.length * Object.keys(MATRIX).length };

describe('permission matrix size', () => {
  it(`covers ${MATRIX_SIZE.principals} principals × ${MATRIX_SIZE.endpoints} endpoints = ${MATRIX_SIZE.checks} checks`, () => {
    expect(new Set(Object.values(ROLE_OF)).size).toBe(PRINCIPALS.length);
    process.stdout.write(`permission matrix: ${MATRIX_SIZE.principals} principals (6 roles + ADMIN + district officer + anonymous) × ${MATRIX_SIZE.endpoints} endpoints = ${MATRIX_SIZE.checks} checks per engine\n`);
  });
});

describeEachEngine('permission matrix', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
    await getDb().transaction((tx) => createUser(tx, { username: 'admin', displayName: '系统管理员', role: 'ADMIN', jurisdiction: 'cn-gd-sz', password: DEMO_PASSWORD, isDemo: true }, null));
    await getDb().transaction((tx) => createUser(tx, { username: 'finance', displayName: '财务拨付人员', role: 'SME_BUREAU_FINANCE', jurisdiction: 'cn-gd-sz', password: DEMO_PASSWORD, isDemo: true }, null));
  });
  afterAll(() => t.stop());

  it('has exactly one row per registered endpoint', () => {
    const registered = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered.filter((k) => !(k in MATRIX))).toEqual([]); // a new endpoint needs a matrix row
    expect(Object.keys(MATRIX).filter((k) => !registered.includes(k))).toEqual([]); // no stale rows
  });

  for (const [key, row] of Object.entries(MATRIX)) {
    const method = key.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    it.each(PRINCIPALS.map((p) => [p, row.expect[p]] as const))(`${key} as %s → %i`, async (principal, status) => {
      const headers: Record<string, string> = {};
      if (principal !== 'anonymous') {
        if (row.freshSession) {
          const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: principal, password: DEMO_PASSWORD } });
          headers.cookie = `huiqi_session=${login.cookies.find((c) => c.name === 'huiqi_session')!.value}`;
        } else headers.cookie = await t.cookie(principal);
      }
      const res = await t.app.inject({ method, url: row.url, headers, ...(row.payload !== undefined ? { payload: row.payload as object } : {}) });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
      if (status >= 400) expect(res.json().error.message.zh.length).toBeGreaterThan(0);
    });
  }

  it('changed nothing through the idempotent edit rows', async () => {
    const history = await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/history`, headers: { cookie: await t.cookie('auditor') } });
    expect(history.json().items.every((h: { version: number }) => h.version === 1)).toBe(true);
  });
});

