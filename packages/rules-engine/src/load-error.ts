import type { BilingualText } from '@huiqi/kernel';

/** A problem found while loading rule data: which file (repository-relative), where, and what. */
export interface LoadError {
  code: LoadErrorCode;
  file: string;
  line: number;
  column: number;
  message: BilingualText;
}

export type LoadErrorCode =
  | 'YAML_SYNTAX'
  | 'MISSING_FIELD'
  | 'WRONG_TYPE'
  | 'UNKNOWN_FIELD'
  | 'BAD_DATE'
  | 'BAD_NUMBER'
  | 'BAD_UNIT'
  | 'BAD_ADDRESS'
  | 'UNRESOLVED_CITATION'
  | 'UNKNOWN_JURISDICTION'
  | 'UNKNOWN_PARAMETER'
  | 'DUPLICATE'
  | 'DATE_ORDER'
  | 'EXPRESSION_SYNTAX'
  | 'EXPRESSION_TYPE'
  | 'CASE_INPUT';

export function formatLoadError(e: LoadError): string {
  return `${e.file}:${e.line}:${e.column} [${e.code}] ${e.message.zh} / ${e.message.en}`;
}
