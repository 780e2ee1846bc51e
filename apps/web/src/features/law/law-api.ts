import { request } from '../../api/client';

export type LawStatus = 'DRAFT' | 'ADOPTED' | 'IN_FORCE' | 'REPEALED';

export interface LawVersion {
  id: string;
  label: string | null;
  status: LawStatus;
  published: string | null;
  effective: string | null;
  effectiveUntil: string | null;
  excerpt: boolean;
  isComparisonColumn: boolean;
}

export interface LawWork {
  id: string;
  key: string;
  title: string;
  titleEn: string | null;
  jurisdiction: string;
  type: string;
  issuer: string | null;
  documentNumber: string | null;
  status: LawStatus;
  sourceUrl: string | null;
  versions: LawVersion[];
  currentVersion: string | null;
}

export interface LawSubItem { eid: string; num: string; text: string; annotations: string[] }
export interface LawItem { eid: string; num: string; text: string; annotations: string[]; subitems: LawSubItem[] }
export interface LawParagraph { eid: string; num: string; text: string; isHeading: boolean; annotations: string[]; items: LawItem[] }

export type LawNode =
  | { kind: 'block'; eid: string; role: string; label: string; paragraphs: LawParagraph[] }
  | { kind: 'division'; eid: string; type: string; num: string; title: string; parent: string | null; depth: number }
  | { kind: 'article'; eid: string; type: string; num: string; heading: string | null; parent: string | null; annotations: string[]; paragraphs: LawParagraph[] };

/** What implements an article on the platform: a policy rule, a parameter, a program, or rule cases. */
export interface LawImplementation {
  kind: 'RULE' | 'PARAMETER' | 'VARIABLE' | 'SIZE_STANDARD' | 'CASE' | 'CODE';
  label: { zh: string; en: string };
  count: number;
}

export interface LawTree {
  work: LawWork;
  version: LawVersion;
  documentNumber: string | null;
  nodes: LawNode[];
  articleCount: number;
  /** Per article eId (and measure, annex): what implements it. */
  implementations: Record<string, LawImplementation[]>;
}

export interface LawResolved {
  address: string;
  workId: string;
  workKey: string;
  version: string;
  versionLabel: string | null;
  eid: string | null;
  num: string;
  heading: string | null;
  text: string;
  citation: string;
  fullCitation: string;
  title: string;
  status: LawStatus;
  inForce: boolean;
  date: string | null;
  effective: string | null;
  effectiveUntil: string | null;
  annotations: string[];
}

export interface LawSearchHit {
  address: string;
  workId: string;
  workKey: string;
  version: string;
  eid: string;
  title: string;
  citation: string;
  articleEid: string | null;
  snippet: string;
  match: { start: number; length: number };
  score: number;
}

export type DiffKind = 'unchanged' | 'modified' | 'moved' | 'added' | 'deleted';
export interface DiffMove { from: string; to: string; fromNum: string; toNum: string; similarity: number }
export interface DiffRef { eid: string; num: string; heading: string | null }
export interface DiffPair {
  kind: DiffKind;
  old: DiffRef | null;
  new: DiffRef | null;
  similarity: number;
  changes: { op: 'equal' | 'insert' | 'delete'; text: string }[];
  movedTo: DiffMove[];
  movedFrom: DiffMove[];
}
export interface LawDiff {
  work: { id: string; key: string; title: string };
  old: LawVersion;
  new: LawVersion;
  summary: Record<DiffKind, number>;
  pairs: DiffPair[];
  moves: DiffMove[];
}

export async function fetchLawWorks(): Promise<LawWork[]> {
  return (await request<{ items: LawWork[] }>('GET', '/api/law/works')).items;
}

export function fetchLawTree(workKey: string, version: string): Promise<LawTree> {
  return request<LawTree>('GET', `/api/law/works/${encodeURIComponent(workKey)}/versions/${encodeURIComponent(version)}`);
}

export function resolveLaw(address: string, date?: string): Promise<LawResolved> {
  return request<LawResolved>('GET', '/api/law/resolve', { query: { address, date } });
}

export async function searchLaw(q: string, scope: { work?: string; version?: string } = {}): Promise<LawSearchHit[]> {
  return (await request<{ hits: LawSearchHit[] }>('GET', '/api/law/search', { query: { q, work: scope.work, version: scope.version } })).hits;
}

export function fetchLawDiff(work: string, oldVersion: string, newVersion: string): Promise<LawDiff> {
  return request<LawDiff>('GET', '/api/law/diff', { query: { work, old: oldVersion, new: newVersion } });
}

/** The self-contained HTML page of a comparison (opened in a new tab). */
export function lawDiffHtmlUrl(work: string, oldVersion: string, newVersion: string): string {
  const params = new URLSearchParams({ work, old: oldVersion, new: newVersion, format: 'html' });
  return `/api/law/diff?${params.toString()}`;
}
