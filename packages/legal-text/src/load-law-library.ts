import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { formatLegalAddress, parseLegalAddress, parseVersionId, type LegalAddress, type PlainDate } from '@huiqi/kernel';
import { diffVersions, type VersionDiff } from './diff-versions';
import { issue } from './issues';
import { parseComparisonDraft, type ComparisonDraft } from './parse-comparison';
import { parseLegalText } from './parse-legal-text';
import { createSearchIndex, type SearchHit, type SearchIndex, type SearchOptions } from './search-index';
import { indexTree, listArticles, type IndexedElement } from './tree-index';
import type { LegalTree, ParseIssue } from './types';
import { readWorkYaml, type VersionMeta, type WorkMeta, type WorkStatus } from './work-meta';

/** What an address points at, as shown to a user. */
export interface ResolvedText {
  /** Canonical address with the version filled in. */
  address: string;
  workId: string;
  /** The version id (its date, e.g. `2020-06-18`). */
  versionDate: string;
  eid: string | null;
  num: string;
  heading?: string;
  text: string;
  /** Chinese citation such as `第四十五条第一款第（二）项`, or the work title for a whole text. */
  citation: string;
  title: string;
  status: WorkStatus;
  /** True when the version was in force on the requested date (or is in force, when no date). */
  inForce: boolean;
  /** Editorial remarks of a 修改对照稿 on this element, e.g. `（原第十三条第一款）` — not law text. */
  annotations?: string[];
}

export interface LawLibrary {
  readonly lawDir: string;
  /** Every problem found while loading, with file:line:col. Empty when the folder is clean. */
  readonly issues: ParseIssue[];
  works(): WorkMeta[];
  work(workId: string): WorkMeta | null;
  /** Versions oldest first. */
  versions(workId: string): VersionMeta[];
  tree(workId: string, versionDate: string): LegalTree | null;
  /** The version in force on `onDate`; if none, the latest published by then; without a date, the latest. */
  versionOn(workId: string, onDate?: PlainDate): { version: VersionMeta; inForce: boolean } | null;
  resolve(address: string | LegalAddress, opts?: { onDate?: PlainDate }): ResolvedText | null;
  hasEid(workId: string, versionDate: string | null, eid: string): boolean;
  elements(workId: string, versionDate: string): Map<string, IndexedElement> | null;
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** The parsed 修改对照稿 behind a version, when it came from one. */
  comparison(workId: string, versionDate: string): ComparisonDraft | null;
  /** 修改对照 of two versions of one work; null when either version is unknown. */
  diff(workId: string, oldVersion: string, newVersion: string): VersionDiff | null;
}

function findWorkFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) {
        if (e !== 'versions' && !e.startsWith('.')) walk(p);
      } else if (e === 'work.yaml') out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

interface LoadedWork {
  work: WorkMeta;
  versions: VersionMeta[];
  trees: Map<string, LegalTree>;
  comparisons: Map<string, ComparisonDraft>;
  indexes: Map<string, Map<string, IndexedElement>>;
}

/** Loads every work under `lawDir`, parses every version, and checks the folder. */
export function loadLawLibrary(lawDir: string): LawLibrary {
  const root = dirname(lawDir);
  const issues: ParseIssue[] = [];
  const loaded = new Map<string, LoadedWork>();
  const show = (p: string) => relative(root, p).split(sep).join('/');

  for (const yamlPath of findWorkFiles(lawDir)) {
    const workDir = dirname(yamlPath);
    const expectedId = relative(lawDir, workDir).split(sep).join('/');
    const { value, issues: metaIssues } = readWorkYaml(readFileSync(yamlPath, 'utf8'), show(yamlPath), expectedId);
    issues.push(...metaIssues);
    if (expectedId.split('/').length !== 3) {
      issues.push(issue('BAD_METADATA', show(yamlPath), 1, 1, `目录应为 law/辖区/类型/名称：${expectedId}`, `folder must be law/<jurisdiction>/<doc-type>/<slug>: ${expectedId}`));
    }
    if (!value) continue;
    const entry: LoadedWork = { work: value.work, versions: value.versions, trees: new Map(), comparisons: new Map(), indexes: new Map() };
    const comparisonCache = new Map<string, ComparisonDraft | null>();
    value.versions.forEach((v) => {
      const path = join(workDir, v.file);
      const shown = show(path);
      if (!existsSync(path)) {
        issues.push(issue('MISSING_FILE', show(yamlPath), 1, 1, `版本 ${v.id} 的文件不存在：${v.file}`, `file of version ${v.id} not found: ${v.file}`));
        return;
      }
      const text = readFileSync(path, 'utf8');
      let tree: LegalTree | null = null;
      if (v.column) {
        if (!comparisonCache.has(path)) {
          const r = parseComparisonDraft(text, { file: shown });
          if (!r.ok) issues.push(...r.error);
          comparisonCache.set(path, r.ok ? r.value : null);
        }
        const cmp = comparisonCache.get(path);
        if (cmp) {
          tree = v.column === 'left' ? cmp.left : cmp.right;
          entry.comparisons.set(v.id, cmp);
        }
      } else {
        const r = parseLegalText(text, { file: shown, excerpt: v.excerpt, ...(v.kind ? { kind: v.kind } : {}) });
        if (r.ok) tree = r.value;
        else issues.push(...r.error);
      }
      if (tree && listArticles(tree).length === 0 && (value.work.type === 'regulation' || value.work.type === 'measures' || value.work.type === 'law' || value.work.type === 'rules')) {
        issues.push(issue('NO_ARTICLES', shown, 1, 1, '未找到任何条文或措施（全部文字都在条文之外）', 'no article or measure found (all text is outside articles)'));
      }
      if (tree) entry.trees.set(v.id, tree);
    });
    loaded.set(value.work.id, entry);
  }

  let search: SearchIndex | null = null;
  const elements = (workId: string, versionDate: string) => {
    const w = loaded.get(workId);
    const tree = w?.trees.get(versionDate);
    if (!w || !tree) return null;
    let idx = w.indexes.get(versionDate);
    if (!idx) {
      idx = indexTree(tree);
      w.indexes.set(versionDate, idx);
    }
    return idx;
  };

  const versionOn = (workId: string, onDate?: PlainDate) => {
    const w = loaded.get(workId);
    if (!w || w.versions.length === 0) return null;
    const vs = w.versions;
    if (!onDate) {
      const latest = vs.at(-1)!;
      return { version: latest, inForce: latest.status === 'IN_FORCE' };
    }
    const inForce = vs.filter((v) => v.effective !== null && v.effective <= onDate && (v.effectiveUntil === null || onDate < v.effectiveUntil));
    if (inForce.length) return { version: inForce.at(-1)!, inForce: true };
    const existing = vs.filter((v) => (parseVersionId(v.id)?.start ?? '9999') <= onDate);
    return existing.length ? { version: existing.at(-1)!, inForce: false } : null;
  };

  const library: LawLibrary = {
    lawDir,
    issues,
    works: () => [...loaded.values()].map((w) => w.work).sort((a, b) => a.id.localeCompare(b.id)),
    work: (id) => loaded.get(id)?.work ?? null,
    versions: (id) => loaded.get(id)?.versions ?? [],
    tree: (id, v) => loaded.get(id)?.trees.get(v) ?? null,
    comparison: (id, v) => loaded.get(id)?.comparisons.get(v) ?? null,
    diff(id, oldVersion, newVersion) {
      const a = loaded.get(id)?.trees.get(oldVersion);
      const b = loaded.get(id)?.trees.get(newVersion);
      return a && b ? diffVersions(a, b) : null;
    },
    elements,
    versionOn,
    resolve(address, opts = {}) {
      let a: LegalAddress;
      if (typeof address === 'string') {
        const r = parseLegalAddress(address);
        if (!r.ok) return null;
        a = r.value;
      } else a = address;
      const w = loaded.get(a.workId);
      if (!w) return null;
      let version: VersionMeta | undefined;
      let inForce: boolean;
      if (a.version !== null) {
        version = w.versions.find((v) => v.id === a.version);
        if (!version) return null;
        inForce = opts.onDate
          ? version.effective !== null && version.effective <= opts.onDate && (version.effectiveUntil === null || opts.onDate < version.effectiveUntil)
          : version.status === 'IN_FORCE';
      } else {
        const on = versionOn(a.workId, opts.onDate);
        if (!on) return null;
        version = on.version;
        inForce = on.inForce;
      }
      const tree = w.trees.get(version.id);
      if (!tree) return null;
      const canonical = formatLegalAddress({ workId: a.workId, version: version.id, eid: a.eid });
      const base = { address: canonical, workId: a.workId, versionDate: version.id, title: w.work.title, status: version.status, inForce };
      if (a.eid === null) {
        const articles = [...elements(a.workId, version.id)!.values()].filter((e) => e.node.type === 'article' || e.node.type === 'measure');
        const line = (e: IndexedElement) =>
          e.node.type === 'measure' ? `${e.num}${e.heading ?? ''}${e.text}` : `${e.num}${e.heading ? `【${e.heading}】` : ''}\u3000${e.text}`;
        return { ...base, eid: null, num: '', text: articles.map(line).join('\n'), citation: w.work.title };
      }
      const el = elements(a.workId, version.id)!.get(a.eid);
      if (!el) return null;
      return {
        ...base,
        eid: el.eid,
        num: el.num,
        ...(el.heading !== undefined ? { heading: el.heading } : {}),
        text: el.text,
        citation: el.citation,
        ...(el.annotations ? { annotations: el.annotations } : {}),
      };
    },
    hasEid(workId, versionDate, eid) {
      const v = versionDate ?? versionOn(workId)?.version.id;
      return v !== undefined && !!elements(workId, v)?.has(eid);
    },
    search(query, opts = {}) {
      if (!search) {
        const units: { workId: string; versionDate: string; tree: LegalTree; latest: boolean }[] = [];
        for (const w of loaded.values()) {
          const latest = w.versions.at(-1)?.id;
          for (const [v, tree] of w.trees) units.push({ workId: w.work.id, versionDate: v, tree, latest: v === latest });
        }
        search = createSearchIndex(units);
      }
      return search.search(query, opts);
    },
  };
  return library;
}
