import { createOfficer, ensureJurisdiction, openDatabase, OFFICER_ROLES, ROLE_NAMES } from '@huiqi/db';
import { loadRuleBase } from '@huiqi/rules-engine';
import { loadEnv } from '@huiqi/server';
import { defineCommand, parseOptions, type CommandIo } from '../command';

const USAGE = '用法 Usage: huiqi users add --username NAME --role ROLE [--display-name 姓名] [--department ID] [--jurisdiction cn-gd-sz]   (密码从标准输入读取 the password is read from stdin)';

/** The first line of stdin, without echo when it is a terminal. Never from argv (it would show in `ps` and shell history). */
async function readPassword(io: CommandIo): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  if (stdin.isTTY) io.stderr.write('密码 Password (不回显 not echoed): ');
  if (stdin.isTTY && typeof stdin.setRawMode === 'function') stdin.setRawMode(true);
  let text = '';
  try {
    for await (const chunk of stdin) {
      text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
      if (stdin.isTTY && text.includes('\u0003')) throw new Error('interrupted');
      const eol = text.search(/[\r\n]/);
      if (eol >= 0) return text.slice(0, eol);
    }
    return text;
  } finally {
    if (stdin.isTTY && typeof stdin.setRawMode === 'function') {
      stdin.setRawMode(false);
      io.stderr.write('\n');
    }
    stdin.pause?.();
  }
}

/** The jurisdiction and its ancestors from the rule base (rules/jurisdictions.yaml), created in the database when missing. */
function jurisdictionChain(id: string): { id: string; parentId: string | null; name: { zh: string; en: string } }[] | null {
  const base = loadRuleBase();
  if (!base.ok) throw new Error(`rule base does not load: ${base.error.map((e) => `${e.file}:${e.line}: ${e.message.en}`).join('; ')}`);
  const tree = base.value.jurisdictions;
  if (!tree.has(id)) return null;
  return [...tree.chain(id)].reverse().map((j) => { const x = tree.get(j)!; return { id: x.id, parentId: x.parent, name: x.name }; });
}

export default defineCommand({
  summary: '创建账号（首个系统管理员）Create an account — the first administrator: users add --username NAME --role ADMIN, password on stdin; prints JSON',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    if ('password' in options) {
      io.stderr.write('不接受命令行中的密码（会留在 shell 历史和进程列表中），请从标准输入提供 / the password is never taken from the command line (it would stay in shell history and the process list): pipe it on stdin\n');
      return 2;
    }
    const username = options.username;
    const role = options.role;
    if (positional.length > 0 || typeof username !== 'string' || typeof role !== 'string') {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    }
    if (!(OFFICER_ROLES as readonly string[]).includes(role)) {
      const list = OFFICER_ROLES.map((r) => `${r}（${ROLE_NAMES[r].zh}）`).join('、');
      io.stderr.write(`未知角色「${role}」，可选：${list} / unknown role '${role}'; one of ${OFFICER_ROLES.join(', ')} (enterprise accounts sign up themselves)\n`);
      return 2;
    }
    const departmentId = typeof options.department === 'string' ? options.department : null;
    const jurisdiction = typeof options.jurisdiction === 'string' ? options.jurisdiction : 'cn-gd-sz';
    const chain = departmentId ? [] : jurisdictionChain(jurisdiction);
    if (chain === null) {
      io.stderr.write(`规则库中没有辖区「${jurisdiction}」（见 rules/jurisdictions.yaml）/ no jurisdiction '${jurisdiction}' in the rule base (see rules/jurisdictions.yaml)\n`);
      return 2;
    }
    const password = await readPassword(io);
    if (password.length === 0) {
      io.stderr.write('标准输入中没有密码 / no password on stdin (e.g. `read -rs PW; printf %s "$PW" | npx huiqi users add …`)\n');
      return 2;
    }
    const env = loadEnv();
    const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.HUIQI_DATA_DIR });
    try {
      await db.migrate();
      const result = await db.transaction(async (tx) => {
        for (const j of chain) await ensureJurisdiction(tx, j, null);
        const created = await createOfficer(tx, { username, displayName: typeof options['display-name'] === 'string' ? options['display-name'] : username, role, password, departmentId, jurisdiction }, null, 'CLI');
        if (!created.ok) throw Object.assign(new Error('refused'), { problem: created.error });
        return created.value;
      }).then((u) => ({ ok: true as const, user: u }), (e: unknown) => {
        const p = (e as { problem?: { message: { zh: string; en: string } } }).problem;
        if (p) return { ok: false as const, message: p.message };
        throw e;
      });
      if (!result.ok) {
        io.stderr.write(`${result.message.zh} / ${result.message.en}\n`);
        return 1;
      }
      const u = result.user;
      io.stdout.write(`${JSON.stringify({ database: db.kind, id: u.id, username: u.username, role: u.role, jurisdiction: u.jurisdiction, departmentId: u.departmentId })}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
});
