import type { BilingualText } from '@huiqi/kernel';

/** A located error in a rule expression: offset into the source plus 1-based line and column. */
export interface ExprError {
  message: BilingualText;
  offset: number;
  line: number;
  column: number;
}

export function locate(source: string, offset: number, message: BilingualText): ExprError {
  let line = 1;
  let col = 1;
  const stop = Math.min(offset, source.length);
  for (let i = 0; i < stop; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return { message, offset, line, column: col };
}

/** Thrown only inside the parser and caught at its boundary; never escapes `parseExpr`. */
export class ExprSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly bilingual: BilingualText,
  ) {
    super(bilingual.en);
  }
}
