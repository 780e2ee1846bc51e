import { PassThrough } from 'node:stream';
import type { Command } from '../command';

/** Runs one CLI command in-process with captured stdout/stderr (and optional stdin text). */
export async function runCommand(command: Command, args: string[], stdinText?: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  stdin.end(stdinText ?? '');
  const code = await command.run(args, { stdout, stderr, stdin });
  return { code, out, err };
}
