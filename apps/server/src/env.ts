/**
 * The server's configuration: one typed module, validated at boot with bilingual errors.
 *
 * | variable        | default                         | meaning |
 * |-----------------|---------------------------------|---------|
 * | PORT            | 8080                            | HTTP port; 0 picks a free port |
 * | HOST            | 0.0.0.0                         | interface to listen on |
 * | DATABASE_URL    | (unset → embedded PGlite)       | postgres://… for PostgreSQL 15+ |
 * | HUIQI_DATA_DIR  | <repo>/data                     | PGlite data folder (one process owns it) |
 * | HUIQI_DEMO      | 0                               | 1 loads the demo city and enables demo logins (password huiqi-demo) |
 * | HUIQI_WEB_DIST  | <repo>/apps/web/dist            | built web UI served at / |
 * | HUIQI_JOBS      | 1                               | 0 runs no background-job runner in this process (another process does) |
 * | NODE_ENV        | development                     | production refuses HUIQI_DEMO=1 |
 * | HUIQI_WEBHOOK_SECRET   | (unset → webhook channel off) | key of the HMAC-SHA256 signature (X-Huiqi-Signature) of every webhook delivery; at least 16 characters |
 * | HUIQI_MAIL_GATEWAY_URL | (unset → e-mail channel off; demo: in-process recorder) | HTTP gateway of the city's unified messaging platform for e-mail |
 * | HUIQI_SMS_GATEWAY_URL  | (unset → SMS channel off; demo: in-process recorder)    | HTTP gateway of the city's unified messaging platform for SMS |
 * | HUIQI_OIDC_ISSUER        | (unset → sign-in through the identity service off) | issuer URL of the city's unified identity service (OpenID Connect; https, or http on loopback for tests) |
 * | HUIQI_OIDC_CLIENT_ID     | (required with the issuer)    | this platform's client id at the identity service |
 * | HUIQI_OIDC_CLIENT_SECRET | (required with the issuer)    | its client secret |
 * | HUIQI_OIDC_REDIRECT_URL  | (required with the issuer)    | public URL of /api/auth/oidc/callback as registered at the identity service |
 * | HUIQI_OIDC_USCC_CLAIM    | uscc                          | the claim that carries the enterprise's unified social credit code |
 * | HUIQI_METRICS_TOKEN      | (unset → /api/metrics off)    | token of /api/metrics (Prometheus; sent in the X-Metrics-Token header); at least 16 characters |
 * | HUIQI_SHUTDOWN_GRACE_MS  | 10000                         | on SIGTERM, how long in-flight requests may finish before their connections are closed |
 */
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { BilingualText } from '@huiqi/kernel';
import { REPO_ROOT } from './repo-root';

export interface Env {
  PORT: number;
  HOST: string;
  DATABASE_URL: string | undefined;
  HUIQI_DATA_DIR: string;
  HUIQI_DEMO: boolean;
  HUIQI_WEB_DIST: string;
  HUIQI_JOBS: boolean;
  NODE_ENV: 'development' | 'production' | 'test';
  HUIQI_WEBHOOK_SECRET: string | undefined;
  HUIQI_MAIL_GATEWAY_URL: string | undefined;
  HUIQI_SMS_GATEWAY_URL: string | undefined;
  HUIQI_OIDC_ISSUER: string | undefined;
  HUIQI_OIDC_CLIENT_ID: string | undefined;
  HUIQI_OIDC_CLIENT_SECRET: string | undefined;
  HUIQI_OIDC_REDIRECT_URL: string | undefined;
  HUIQI_OIDC_USCC_CLAIM: string;
  HUIQI_METRICS_TOKEN: string | undefined;
  HUIQI_SHUTDOWN_GRACE_MS: number;
}

export interface EnvProblem {
  variable: keyof Env;
  message: BilingualText;
}

export class EnvError extends Error {
  readonly problems: EnvProblem[];
  constructor(problems: EnvProblem[]) {
    super(
      `配置无效 Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message.zh} / ${p.message.en}`).join('\n')}`,
    );
    this.name = 'EnvError';
    this.problems = problems;
  }
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const msg = (zh: string, en: string) => ({ message: en, params: { zh, en } });

const isHttpUrl = (s: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
};
const gatewayUrl = (zh: string, en: string) => z.preprocess(blankToUndefined, z.string().refine(isHttpUrl, msg(`应为 http:// 或 https:// 开头的${zh}网关地址；不设置则关闭该渠道`, `must be the http:// or https:// URL of the ${en} gateway; leave unset to turn the channel off`)).optional());

const EnvSchema = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.string().default('8080').refine((s) => /^\d{1,5}$/.test(s) && Number(s) <= 65535, msg('端口应为 0–65535 的整数（0 表示随机空闲端口）', 'must be an integer 0–65535 (0 = a random free port)')).transform(Number),
  ),
  HOST: z.preprocess(blankToUndefined, z.string().default('0.0.0.0')),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z.string().refine((s) => /^postgres(ql)?:\/\/\S+$/.test(s), msg('应为 postgres:// 或 postgresql:// 开头的连接地址；不设置则使用内置 PGlite', 'must be a postgres:// or postgresql:// URL; leave unset for the embedded PGlite')).optional(),
  ),
  HUIQI_DATA_DIR: z.preprocess(blankToUndefined, z.string().default(join(REPO_ROOT, 'data')).transform((p) => (isAbsolute(p) ? p : resolve(p)))),
  HUIQI_DEMO: z.preprocess(
    (v) => (typeof v === 'boolean' ? (v ? '1' : '0') : blankToUndefined(v)),
    z.string().default('0').refine((s) => ['0', '1', 'true', 'false'].includes(s.toLowerCase()), msg('应为 1（开启演示模式）或 0', 'must be 1 (demo mode on) or 0')).transform((s) => s === '1' || s.toLowerCase() === 'true'),
  ),
  HUIQI_WEB_DIST: z.preprocess(blankToUndefined, z.string().default(join(REPO_ROOT, 'apps', 'web', 'dist')).transform((p) => (isAbsolute(p) ? p : resolve(p)))),
  HUIQI_JOBS: z.preprocess(
    (v) => (typeof v === 'boolean' ? (v ? '1' : '0') : blankToUndefined(v)),
    z.string().default('1').refine((s) => ['0', '1', 'true', 'false'].includes(s.toLowerCase()), msg('应为 1（本进程运行后台任务）或 0', 'must be 1 (run background jobs in this process) or 0')).transform((s) => s === '1' || s.toLowerCase() === 'true'),
  ),
  NODE_ENV: z.preprocess(
    blankToUndefined,
    z.string().default('development').refine((s) => ['development', 'production', 'test'].includes(s), msg('应为 development、production 或 test', 'must be development, production or test')),
  ),
  HUIQI_WEBHOOK_SECRET: z.preprocess(
    blankToUndefined,
    z.string().refine((s) => s.length >= 16, msg('Webhook 签名密钥至少 16 个字符；不设置则关闭 Webhook 渠道', 'the webhook signing secret must have at least 16 characters; leave unset to turn webhooks off')).optional(),
  ),
  HUIQI_MAIL_GATEWAY_URL: gatewayUrl('邮件', 'e-mail'),
  HUIQI_SMS_GATEWAY_URL: gatewayUrl('短信', 'SMS'),
  HUIQI_OIDC_ISSUER: z.preprocess(blankToUndefined, z.string().refine((s) => isHttpUrl(s) && (s.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(s)), msg('统一身份认证的签发者地址应以 https:// 开头（仅本机测试可用 http://127.0.0.1）', "the identity service's issuer must be an https:// URL (http:// only on loopback, for tests)")).optional()),
  HUIQI_OIDC_CLIENT_ID: z.preprocess(blankToUndefined, z.string().optional()),
  HUIQI_OIDC_CLIENT_SECRET: z.preprocess(blankToUndefined, z.string().optional()),
  HUIQI_OIDC_REDIRECT_URL: z.preprocess(blankToUndefined, z.string().refine(isHttpUrl, msg('回调地址应为 http:// 或 https:// 开头的完整地址（本平台的 /api/auth/oidc/callback）', 'must be the full http(s) URL of this platform\'s /api/auth/oidc/callback')).optional()),
  HUIQI_OIDC_USCC_CLAIM: z.preprocess(blankToUndefined, z.string().default('uscc').refine((s) => /^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/.test(s), msg('应为声明（claim）名称，如 uscc', 'must be a claim name such as uscc'))),
  HUIQI_METRICS_TOKEN: z.preprocess(blankToUndefined, z.string().refine((s) => s.length >= 16, msg('指标令牌至少 16 个字符；不设置则关闭 /api/metrics', 'the metrics token must have at least 16 characters; leave unset to turn /api/metrics off')).optional()),
  HUIQI_SHUTDOWN_GRACE_MS: z.preprocess(blankToUndefined, z.string().default('10000').refine((s) => /^\d{1,6}$/.test(s), msg('应为 0–999999 的毫秒数', 'must be a number of milliseconds 0–999999')).transform(Number)),
});

type Source = Record<string, string | number | boolean | undefined>;

/** Validates the environment; throws EnvError listing every problem in Chinese and English. */
export function loadEnv(source: Source = process.env): Env {
  const input = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));
  const parsed = EnvSchema.safeParse(input);
  if (!parsed.success) {
    throw new EnvError(
      parsed.error.issues.map((i) => {
        const params = (i as { params?: BilingualText }).params;
        return {
          variable: String(i.path[0]) as keyof Env,
          message: params?.zh ? { zh: params.zh, en: params.en } : { zh: `取值无效：${i.message}`, en: `invalid value: ${i.message}` },
        };
      }),
    );
  }
  const env: Env = {
    ...parsed.data, DATABASE_URL: parsed.data.DATABASE_URL, NODE_ENV: parsed.data.NODE_ENV as Env['NODE_ENV'],
    HUIQI_WEBHOOK_SECRET: parsed.data.HUIQI_WEBHOOK_SECRET, HUIQI_MAIL_GATEWAY_URL: parsed.data.HUIQI_MAIL_GATEWAY_URL, HUIQI_SMS_GATEWAY_URL: parsed.data.HUIQI_SMS_GATEWAY_URL,
    HUIQI_OIDC_ISSUER: parsed.data.HUIQI_OIDC_ISSUER, HUIQI_OIDC_CLIENT_ID: parsed.data.HUIQI_OIDC_CLIENT_ID, HUIQI_OIDC_CLIENT_SECRET: parsed.data.HUIQI_OIDC_CLIENT_SECRET, HUIQI_OIDC_REDIRECT_URL: parsed.data.HUIQI_OIDC_REDIRECT_URL,
    HUIQI_METRICS_TOKEN: parsed.data.HUIQI_METRICS_TOKEN,
  };
  const oidcMissing = (['HUIQI_OIDC_CLIENT_ID', 'HUIQI_OIDC_CLIENT_SECRET', 'HUIQI_OIDC_REDIRECT_URL'] as const).filter((k) => env.HUIQI_OIDC_ISSUER !== undefined && env[k] === undefined);
  if (oidcMissing.length > 0) throw new EnvError(oidcMissing.map((variable) => ({ variable, message: { zh: '设置了 HUIQI_OIDC_ISSUER 时必须同时设置此项', en: 'required when HUIQI_OIDC_ISSUER is set' } })));
  if (env.NODE_ENV === 'production' && env.HUIQI_DEMO) {
    throw new EnvError([
      {
        variable: 'HUIQI_DEMO',
        message: {
          zh: '生产环境（NODE_ENV=production）不得开启演示模式：演示账号的密码是公开的',
          en: 'demo mode must not be on in production (NODE_ENV=production): demo logins have a published password',
        },
      },
    ]);
  }
  return env;
}

/** The identity service's settings for the API, when HUIQI_OIDC_ISSUER is set (its companions are then checked present). */
export function oidcSettingsOf(env: Env): { issuer: string; clientId: string; clientSecret: string; redirectUri: string; usccClaim: string } | undefined {
  if (env.HUIQI_OIDC_ISSUER === undefined) return undefined;
  return { issuer: env.HUIQI_OIDC_ISSUER, clientId: env.HUIQI_OIDC_CLIENT_ID!, clientSecret: env.HUIQI_OIDC_CLIENT_SECRET!, redirectUri: env.HUIQI_OIDC_REDIRECT_URL!, usccClaim: env.HUIQI_OIDC_USCC_CLAIM };
}
