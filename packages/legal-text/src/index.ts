export * from './types';
export * from './numerals';
export { parseLegalText, losslessIssues, type ParseOptions } from './parse-legal-text';
export { parseComparisonDraft, serializeComparison, type ComparisonDraft, type ComparisonRow } from './parse-comparison';
export { serializeTree, articleText, paragraphText } from './serialize-tree';
export { normalisedCharacters } from './scan-lines';
export { formatIssue } from './issues';
// Legal addresses and version ids are the kernel's (parseLegalAddress, parseVersionId, LegalAddress).
export { parseVersionId, type VersionId } from '@huiqi/kernel';
export { indexTree, listArticles, listDivisions, type IndexedElement } from './tree-index';
export { loadLawLibrary, type LawLibrary, type ResolvedText } from './load-law-library';
export { readWorkYaml, WORK_STATUSES, type WorkMeta, type VersionMeta, type WorkStatus } from './work-meta';
export { createSearchIndex, type SearchHit, type SearchOptions, type SearchIndex } from './search-index';
export { lawDir } from './law-dir';
export { diffText, applyChanges, type TextChange } from './diff-text';
export { diffVersions, comparableText, type VersionDiff, type ArticlePair, type PairKind, type ParagraphMove, type ArticleRef, type DiffOptions } from './diff-versions';
export { renderDiffHtml, type DiffHtmlOptions } from './diff-html';
export { toFlatJson, type FlatTree, type FlatArticle, type FlatDivision, type FlatParagraph, type FlatItem } from './flat-json';
export { checkCitations, type Citation } from './check-citations';
