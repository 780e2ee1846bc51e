import type { Normalisation } from './types';

/** One source line with its Markdown and word-processor markup taken off. */
export interface ScannedLine {
  /** 1-based line number. */
  no: number;
  raw: string;
  /** Cleaned text: markup removed, trimmed (ASCII and full-width spaces). */
  text: string;
  /** 1-based column (in characters) of the first character of `text` in `raw`. */
  col: number;
  /** Number of `#` of a Markdown heading, 0 when none. */
  mdHeading: number;
  /** Cleaned text of a leading `**…**` span, or null. */
  leadBold: string | null;
  /** The line began with a Markdown list marker (`- `). */
  listMarker: boolean;
  /** The raw line began with a tab (column layout of comparison drafts). */
  tabbed: boolean;
  /** Markdown hard line break: two or more trailing spaces. */
  hardBreak: boolean;
  tableRow: boolean;
  tableSeparator: boolean;
}

export const BLANK = /^[\s\u3000\u00a0\ufeff]*$/;
const TRIM = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;
const BOOKMARK = /\[bookmark:[^\]]*\]/g;

function charCol(raw: string, index: number): number {
  return Array.from(raw.slice(0, index)).length + 1;
}

/** Splits a text into scanned lines and records every removed artifact. */
export function scanLines(source: string, normalisations: Normalisation[]): ScannedLine[] {
  const rawLines = source.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  return rawLines.map((raw, i) => scanLine(raw, i + 1, normalisations));
}

export function scanLine(raw: string, no: number, normalisations: Normalisation[]): ScannedLine {
  let work = raw;
  for (const m of raw.matchAll(BOOKMARK)) {
    normalisations.push({ kind: 'REMOVED_ARTIFACT', pos: { line: no, col: charCol(raw, m.index ?? 0) }, detail: m[0] });
  }
  // Replace artifacts by spaces of equal length so columns stay true.
  work = work.replace(BOOKMARK, (m) => ' '.repeat(m.length));
  const hardBreak = / {2,}$/.test(raw) && !BLANK.test(raw);
  const tabbed = raw.startsWith('\t');

  let mdHeading = 0;
  const heading = /^[ \t]*(#{1,6})[ \t]+/.exec(work);
  if (heading) {
    mdHeading = heading[1]!.length;
    work = ' '.repeat(heading[0].length) + work.slice(heading[0].length);
  }
  let listMarker = false;
  const list = /^[ \t]*[-*+][ \t]+(?=\S)/.exec(work);
  if (list && !/^[ \t]*\*\*/.test(work)) {
    listMarker = true;
    work = ' '.repeat(list[0].length) + work.slice(list[0].length);
  }
  const trimmedStart = work.search(/[^\s\u3000\u00a0\ufeff]/);
  let leadBold: string | null = null;
  if (trimmedStart >= 0 && work.startsWith('**', trimmedStart)) {
    const close = work.indexOf('**', trimmedStart + 2);
    if (close > trimmedStart + 2) leadBold = work.slice(trimmedStart + 2, close).replace(TRIM, '');
  }
  const tableSeparator = /^\s*\|[\s:|-]*-[\s:|-]*\|\s*$/.test(work);
  const tableRow = !tableSeparator && /^\s*\|.*\|\s*$/.test(work);

  // Emphasis markers carry no text.
  const startIndex = trimmedStart < 0 ? raw.length : trimmedStart;
  let text = work.slice(startIndex).replace(/\*\*/g, '');
  if (tableRow) {
    text = text
      .split('|')
      .map((c) => c.replace(TRIM, ''))
      .filter((c) => c.length > 0)
      .join(' ');
  }
  text = text.replace(TRIM, '');
  return {
    no,
    raw,
    text: tableSeparator ? '' : text,
    col: charCol(raw, startIndex),
    mdHeading,
    leadBold,
    listMarker,
    tabbed,
    hardBreak,
    tableRow,
    tableSeparator,
  };
}

/** Every non-blank character of a source after the documented normalisation (used by the lossless check). */
export function normalisedCharacters(source: string): string {
  const sink: Normalisation[] = [];
  return scanLines(source, sink)
    .map((l) => l.text)
    .join('')
    .replace(/[\s\u3000\u00a0\ufeff]+/g, '');
}
