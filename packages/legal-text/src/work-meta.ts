import { LineCounter, parseDocument, isMap, type Document } from 'yaml';
import { parseLooseDate, parsePlainDate, parseVersionId } from '@huiqi/kernel';
import { issue } from './issues';
import type { ParseIssue, TextKind } from './types';

export const WORK_STATUSES = ['DRAFT', 'ADOPTED', 'IN_FORCE', 'REPEALED'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** A document (work): jurisdiction, type, title, issuer, number, status. */
export interface WorkMeta {
  id: string;
  title: string;
  titleEn: string | null;
  jurisdiction: string;
  type: string;
  issuer: string | null;
  documentNumber: string | null;
  status: WorkStatus;
  source: { url: string | null; note: string | null };
  notes: string | null;
  /** `unverified: true` in work.yaml: the wording or dates are not checked against an official text (the notes say why). */
  unverified: boolean;
}

/** One dated version (expression) of a work. */
export interface VersionMeta {
  id: string;
  /** Date part of the id at its precision (`2020-06-18`, `2023`). */
  date: string;
  file: string;
  column: 'left' | 'right' | null;
  kind: TextKind | null;
  status: WorkStatus;
  label: string | null;
  /** Adoption date (通过/修订 by the enacting body), when it differs from publication. */
  adopted: string | null;
  published: string | null;
  effective: string | null;
  effectiveUntil: string | null;
  notes: string | null;
  /** Position in work.yaml (0 = oldest). */
  order: number;
  /** The file is an excerpt (节录): article numbers may skip. */
  excerpt: boolean;
}

export interface WorkFile {
  work: WorkMeta;
  versions: VersionMeta[];
}

/**
 * Reads and checks one work.yaml. `expectedId` is the folder path under law/;
 * `file` is the path shown in messages. Problems come back with line and column.
 */
export function readWorkYaml(text: string, file: string, expectedId: string): { value: WorkFile | null; issues: ParseIssue[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const issues: ParseIssue[] = [];
  const at = (offset: number | undefined) => {
    const p = lc.linePos(offset ?? 0);
    return { line: p.line, col: p.col };
  };
  for (const e of doc.errors) {
    const p = at(e.pos[0]);
    issues.push(issue('BAD_METADATA', file, p.line, p.col, `YAML 语法错误：${e.message}`, `YAML syntax error: ${e.message}`));
  }
  if (issues.length) return { value: null, issues };
  const posOf = (path: (string | number)[]) => {
    const node = (doc as Document).getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return at(node.range[0]);
    // Point at the closest existing parent.
    for (let n = path.length - 1; n >= 0; n--) {
      const parent = (doc as Document).getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (parent?.range) return at(parent.range[0]);
    }
    return { line: 1, col: 1 };
  };
  const bad = (path: (string | number)[], zh: string, en: string) => {
    const p = posOf(path);
    issues.push(issue('BAD_METADATA', file, p.line, p.col, zh, en));
  };
  if (!isMap(doc.contents)) {
    bad([], 'work.yaml 应为键值映射', 'work.yaml must be a mapping');
    return { value: null, issues };
  }
  const data = doc.toJS() as Record<string, unknown>;
  const str = (path: (string | number)[], v: unknown, required: boolean): string | null => {
    if (v === null || v === undefined) {
      if (required) bad(path, `缺少字段 ${path.join('.')}`, `missing field ${path.join('.')}`);
      return null;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      bad(path, `字段 ${path.join('.')} 应为非空文字`, `field ${path.join('.')} must be a non-empty string`);
      return null;
    }
    return v;
  };
  const status = (path: (string | number)[], v: unknown): WorkStatus => {
    if (typeof v === 'string' && (WORK_STATUSES as readonly string[]).includes(v)) return v as WorkStatus;
    bad(path, `状态应为 ${WORK_STATUSES.join(' / ')}`, `status must be one of ${WORK_STATUSES.join(', ')}`);
    return 'DRAFT';
  };
  const id = str(['id'], data.id, true);
  if (id !== null && id !== expectedId) bad(['id'], `id 应与目录一致：${expectedId}`, `id must equal the folder path: ${expectedId}`);
  const jurisdiction = str(['jurisdiction'], data.jurisdiction, true);
  const type = str(['type'], data.type, true);
  const [expJur, expType] = expectedId.split('/');
  if (jurisdiction !== null && jurisdiction !== expJur) bad(['jurisdiction'], `辖区应为 ${expJur}`, `jurisdiction must be ${expJur} (the folder)`);
  if (type !== null && type !== expType) bad(['type'], `类型应为 ${expType}`, `type must be ${expType} (the folder)`);
  const source = (data.source ?? {}) as Record<string, unknown>;
  const work: WorkMeta = {
    id: expectedId,
    title: str(['title'], data.title, true) ?? '',
    titleEn: str(['title_en'], data.title_en, false),
    jurisdiction: jurisdiction ?? expJur ?? '',
    type: type ?? expType ?? '',
    issuer: str(['issuer'], data.issuer, false),
    documentNumber: str(['document_number'], data.document_number, false),
    status: status(['status'], data.status),
    source: { url: str(['source', 'url'], source.url, false), note: str(['source', 'note'], source.note, false) },
    notes: str(['notes'], data.notes, false),
    unverified: data.unverified === true,
  };
  const versions: VersionMeta[] = [];
  if (!Array.isArray(data.versions) || data.versions.length === 0) {
    bad(['versions'], '至少需要一个版本', 'at least one version is required');
  } else {
    const seen = new Set<string>();
    data.versions.forEach((raw, i) => {
      const v = (raw ?? {}) as Record<string, unknown>;
      const p = (k: string) => ['versions', i, k];
      const vid = typeof v.id === 'number' ? String(v.id) : str(p('id'), v.id, true);
      const parsed = vid !== null ? parseVersionId(vid) : null;
      if (vid !== null && !parsed) bad(p('id'), `版本标识应为日期（如 2020-06-18、2023），实为 ${vid}`, `version id must be a date such as 2020-06-18 or 2023, got ${vid}`);
      if (vid !== null && seen.has(vid)) bad(p('id'), `版本重复：${vid}`, `duplicate version ${vid}`);
      if (vid !== null) seen.add(vid);
      const loose = (k: string, value: unknown): string | null => {
        if (value === null || value === undefined) return null;
        const s = String(value);
        if (!parseLooseDate(s)) bad(p(k), `${k} 应为日期（YYYY、YYYY-MM 或 YYYY-MM-DD）`, `${k} must be a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
        return s;
      };
      const exact = (k: string, value: unknown): string | null => {
        if (value === null || value === undefined) return null;
        const s = String(value);
        if (!parsePlainDate(s)) bad(p(k), `${k} 应为完整日期 YYYY-MM-DD`, `${k} must be a full date YYYY-MM-DD`);
        return s;
      };
      const column = v.column ?? null;
      if (column !== null && column !== 'left' && column !== 'right') bad(p('column'), 'column 应为 left 或 right', 'column must be left or right');
      const kind = v.kind ?? null;
      if (kind !== null && kind !== 'regulation' && kind !== 'measures') bad(p('kind'), 'kind 应为 regulation 或 measures', 'kind must be regulation or measures');
      if (v.excerpt !== undefined && v.excerpt !== null && typeof v.excerpt !== 'boolean') bad(p('excerpt'), 'excerpt 应为 true 或 false', 'excerpt must be true or false');
      const effective = exact('effective', v.effective);
      const until = exact('effective_until', v.effective_until);
      if (effective && until && until <= effective) bad(p('effective_until'), '失效日期应晚于生效日期', 'effective_until must be after effective');
      versions.push({
        id: vid ?? `#${i}`,
        date: parsed?.date ?? '',
        file: str(p('file'), v.file, true) ?? '',
        column: column as VersionMeta['column'],
        kind: kind as TextKind | null,
        status: status(p('status'), v.status),
        label: str(p('label'), v.label, false),
        adopted: loose('adopted', v.adopted),
        published: loose('published', v.published),
        effective,
        effectiveUntil: until,
        notes: str(p('notes'), v.notes, false),
        order: i,
        excerpt: v.excerpt === true,
      });
    });
  }
  return { value: issues.length ? null : { work, versions }, issues };
}
