import { parseLegalAddress } from '@huiqi/kernel';
import { issue } from './issues';
import type { LawLibrary } from './load-law-library';
import type { ParseIssue } from './types';

/** A citation written somewhere else (a rule, a parameter file), with where it was written. */
export interface Citation {
  address: string;
  file: string;
  line: number;
  col: number;
}

/**
 * Checks citations against the library: each must parse, name a known work and version, and point
 * at an existing element (in the latest version when the citation has no `@version`).
 * Returns one located issue per citation that does not resolve.
 */
export function checkCitations(lib: LawLibrary, citations: Citation[]): ParseIssue[] {
  const out: ParseIssue[] = [];
  for (const c of citations) {
    const a = parseLegalAddress(c.address);
    if (!a.ok) {
      out.push(issue('UNRESOLVED_REFERENCE', c.file, c.line, c.col, `引用格式无效：${a.error.zh}`, `malformed citation: ${a.error.en}`));
      continue;
    }
    const { workId, version, eid } = a.value;
    if (!lib.work(workId)) {
      out.push(issue('UNRESOLVED_REFERENCE', c.file, c.line, c.col, `引用的法规不存在：${workId}`, `cited work does not exist: ${workId}`));
    } else if (version !== null && !lib.versions(workId).some((v) => v.id === version)) {
      out.push(issue('UNRESOLVED_REFERENCE', c.file, c.line, c.col, `引用的版本不存在：${workId}@${version}`, `cited version does not exist: ${workId}@${version}`));
    } else if (eid !== null && !lib.hasEid(workId, version, eid)) {
      out.push(issue('UNRESOLVED_REFERENCE', c.file, c.line, c.col, `引用的条文不存在：${c.address}`, `cited element does not exist: ${c.address}`));
    }
  }
  return out;
}
