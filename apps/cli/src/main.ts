import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command, CommandIo } from './command';

const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'commands');

function commandFile(name: string): string | null {
  const file = join(COMMANDS_DIR, `${name}.ts`);
  return /^[a-z0-9-]+$/.test(name) && existsSync(file) ? file : null;
}

async function load(file: string): Promise<Command> {
  const mod = (await import(pathToFileURL(file).href)) as { default: Command };
  return mod.default;
}

async function help(io: CommandIo): Promise<number> {
  const names = readdirSync(COMMANDS_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
  io.stdout.write('用法 Usage: huiqi <command> [args]\n\n');
  for (const name of names) {
    const cmd = await load(join(COMMANDS_DIR, `${name}.ts`));
    io.stdout.write(`  ${name.replace('-', ' ').padEnd(22)} ${cmd.summary}\n`);
  }
  return 0;
}

export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  const [first, second, ...rest] = argv;
  if (!first || first === 'help' || first === '--help') return help(io);
  // Two-word commands (`law parse`) take precedence over one-word ones (`uscc`).
  const two = second ? commandFile(`${first}-${second}`) : null;
  const file = two ?? commandFile(first);
  if (!file) {
    io.stderr.write(`未知命令 unknown command: ${argv.join(' ')}\n(huiqi help lists the commands)\n`);
    return 2;
  }
  const args = two ? rest : argv.slice(1);
  try {
    return await (await load(file)).run(args, io);
  } catch (e) {
    // Configuration problems (database unreachable or missing, folder locked…): one line, exit 1.
    if (e instanceof Error && (e.name === 'StartupError' || e.name === 'EnvError')) {
      io.stderr.write(`${e.message}\n`);
      return 1;
    }
    io.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 3;
  }
}
