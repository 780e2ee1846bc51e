/**
 * One CLI command per file under `commands/`. `huiqi law parse X` runs
 * `commands/law-parse.ts`; `huiqi uscc X` runs `commands/uscc.ts`.
 */
export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export interface Command {
  /** One line for `huiqi help`. */
  summary: string;
  /** Returns the process exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}

export const defineCommand = (c: Command): Command => c;

/** Reads all of stdin as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses `--name value` and `--flag` options; the rest are positional. */
export function parseOptions(args: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) options[a.slice(2, eq)] = a.slice(eq + 1);
      else if (i + 1 < args.length && !args[i + 1]!.startsWith('--')) options[a.slice(2)] = args[++i]!;
      else options[a.slice(2)] = true;
    } else positional.push(a);
  }
  return { positional, options };
}
