import type { IssueCode, ParseIssue } from './types';

export function issue(code: IssueCode, file: string, line: number, col: number, zh: string, en: string): ParseIssue {
  return { code, file, line, col, message: { zh, en } };
}

/** `file:line:col: 中文 / English` — the form `huiqi law check` prints. */
export function formatIssue(i: ParseIssue): string {
  return `${i.file}:${i.line}:${i.col}: ${i.message.zh} / ${i.message.en} [${i.code}]`;
}
