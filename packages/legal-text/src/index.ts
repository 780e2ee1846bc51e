export * from './types';
export * from './numerals';
export { parseLegalText, losslessIssues, type ParseOptions } from './parse-legal-text';
export { parseComparisonDraft, serializeComparison, type ComparisonDraft, type ComparisonRow } from './parse-comparison';
export { serializeTree, articleText, paragraphText } from './serialize-tree';
export { normalisedCharacters } from './scan-lines';
export { formatIssue } from './issues';
