import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command, CommandIo } from './command';

const COMMANDS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'commands');

/** Where the commands come from: the files under `commands/` (or, in a bundle, modules it carries). */
export interface CommandSource {
  /** Every command's file name without `.ts` (`law-parse`). */
  names(): string[];
  /** The command of that name, or null when there is none. */
  load(name: string): Promise<Command | null>;
}

/** The files under `commands/`, each imported when it is run. */
export const COMMAND_FILES: CommandSource = {
  names: () =>
    readdirSync(COMMANDS_DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3)),
  async load(name) {
    const file = join(COMMANDS_DIR, `${name}.ts`);
    if (!/^[a-z0-9-]+$/.test(name) || !existsSync(file)) return null;
    return ((await import(pathToFileURL(file).href)) as { default: Command }).default;
  },
};

async function help(io: CommandIo, commands: CommandSource): Promise<number> {
  io.stdout.write('用法 Usage: huiqi <command> [args]\n\n');
  for (const name of commands.names().sort()) {
    const cmd = await commands.load(name);
    if (cmd) io.stdout.write(`  ${name.replace('-', ' ').padEnd(22)} ${cmd.summary}\n`);
  }
  return 0;
}

export async function main(argv: string[], io: CommandIo = process, commands: CommandSource = COMMAND_FILES): Promise<number> {
  const [first, second, ...rest] = argv;
  if (!first || first === 'help' || first === '--help') return help(io, commands);
  try {
    // Two-word commands (`law parse`) take precedence over one-word ones (`uscc`).
    const two = second ? await commands.load(`${first}-${second}`) : null;
    const command = two ?? (await commands.load(first));
    if (!command) {
      io.stderr.write(`未知命令 unknown command: ${argv.join(' ')}\n(huiqi help lists the commands)\n`);
      return 2;
    }
    return await command.run(two ? rest : argv.slice(1), io);
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
