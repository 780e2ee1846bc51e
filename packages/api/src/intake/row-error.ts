import type { BilingualText } from '@huiqi/kernel';

/**
 * One problem of an intake file, where a person can find it: the line of the file (the header is
 * line 1; in a CSV with quoted line breaks, the line where the record starts), the column as the
 * file names it, and a bilingual message. `line` 0 stands for the file as a whole.
 */
export interface RowError {
  line: number;
  column: string;
  message: BilingualText;
}

/** The message as one line of text, zh-CN first: "中文 / English" (the CLI's JSON report). */
export const messageLine = (m: BilingualText): string => `${m.zh} / ${m.en}`;
