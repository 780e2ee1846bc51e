/**
 * A census of the shared vocabulary (issue 20, "one shape for each concept"): how many places spell a
 * concept the kernel owns in their own way. Counts, not judgements — the numbers of the closing note,
 * taken before and after the duplicates went. `tools/kernel-vocabulary.test.ts` holds the rules.
 *
 *   npx tsx tools/vocabulary-census.ts [root]      (root defaults to this checkout)
 *
 * Areas: "server" is packages/* and apps/server, apps/cli; "domain" the pure packages of
 * tools/boundaries.json; "web" apps/web/src (which may not import the kernel: its copies go with the
 * generated client). Test files are not counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SourceFile {
  path: string;
  text: string;
}

/** Non-test .ts/.tsx files under `dir`, as paths relative to `root`. */
export function sourceFiles(root: string, dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      if (e === 'node_modules' || e === 'dist' || e === 'generated') continue;
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e) && !/\.test\.tsx?$/.test(e) && !/\.d\.ts$/.test(e)) out.push({ path: relative(root, p).split('\\').join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(join(root, dir));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export const DOMAIN_PACKAGES = ['kernel', 'calendar', 'legal-text', 'rules-engine', 'workflows', 'matching'] as const;

export function areas(root: string): { server: SourceFile[]; domain: SourceFile[]; web: SourceFile[] } {
  const packages = readdirSync(join(root, 'packages')).filter((p) => statSync(join(root, 'packages', p)).isDirectory());
  const server = [...packages.flatMap((p) => sourceFiles(root, `packages/${p}/src`)), ...sourceFiles(root, 'apps/server/src'), ...sourceFiles(root, 'apps/cli/src')];
  const domain = server.filter((f) => DOMAIN_PACKAGES.some((p) => f.path.startsWith(`packages/${p}/`)));
  return { server, domain, web: sourceFiles(root, 'apps/web/src') };
}

/** Import and re-export clauses (`import { type LegalAddress } from …`) name a type without defining it. */
export const IMPORT_OR_REEXPORT = /\b(?:import|export)\s[^;]*?\bfrom\s*['"][^'"]+['"]/gs;
const definitionsOnly = (files: readonly SourceFile[]): SourceFile[] => files.map((f) => ({ path: f.path, text: f.text.replace(IMPORT_OR_REEXPORT, '') }));

const count = (files: readonly SourceFile[], re: RegExp): number => files.reduce((n, f) => n + (f.text.match(re)?.length ?? 0), 0);
const filesWith = (files: readonly SourceFile[], re: RegExp): string[] => files.filter((f) => new RegExp(re.source, re.flags.replace('g', '')).test(f.text)).map((f) => f.path);

const SIZE = '(?:large|medium|small|micro)';
const SIZE_UP = '(?:LARGE|MEDIUM|SMALL|MICRO)';

/** The patterns the census counts; the guard test reuses some of them. */
export const PATTERNS = {
  sizeLower: new RegExp(`'${SIZE}'`, 'g'),
  sizeUpper: new RegExp(`'${SIZE_UP}'`, 'g'),
  /** A list of size classes: a type union, an array, a z.enum — one match per list. */
  sizeListLower: new RegExp(`'${SIZE}'(?:\\s*[|,]\\s*'${SIZE}')+`, 'g'),
  sizeListUpper: new RegExp(`'${SIZE_UP}'(?:\\s*[|,]\\s*'${SIZE_UP}')+`, 'g'),
  /** A table keyed by size class (names, labels, spellings): two size keys one after the other. */
  sizeTable: new RegExp(`\\b(?:${SIZE}|${SIZE_UP})\\s*:[^,}\\n]*,\\s*(?:${SIZE}|${SIZE_UP})\\s*:`, 'g'),
  /** A map from one spelling to the other. */
  sizeSpellingMap: new RegExp(`\\b(?:${SIZE}\\s*:\\s*'${SIZE_UP}'|${SIZE_UP}\\s*:\\s*'${SIZE}')`, 'g'),
  /** The Chinese size names as literals of their own ('微型', "小型企业"). */
  sizeNameZh: /['"`](?:大型|中型|小型|微型)(?:企业)?['"`]/g,
  /** The 16 size-sector names written out (one match per table). */
  sectorNameTable: /农、林、牧、渔业/g,
  moneyNumber: /\b\w*Fen\??\s*:\s*number\b/g,
  moneyFen: /\b\w*Fen\??\s*:\s*Fen\b/g,
  /** A zod string for a field whose name says it holds a calendar date. */
  zodStringDate: /\b(?:\w*(?:Date|On|From|Until)|date|from|until)\??\s*:\s*z\s*\.\s*string\(\)/g,
  /** A local date type: `type XDate = string`. */
  localDateType: /\btype\s+\w*Date\w*\s*=\s*string\s*;/g,
  legalAddressType: /\b(?:interface|type)\s+\w*(?:Legal|Law)Address\b/g,
  legalAddressParser: /\bfunction\s+parse\w*Address\b/g,
  rationalType: /\b(?:class|interface|type)\s+(?:Rational|Fraction|Num)\b/g,
  rationalConversion: /\bfunction\s+(?:fraction|toRational|toFraction)\s*\(/g,
  bi: /\bbi\(/g,
} as const;

/** Files whose job is wording: a module's reasons, labels or messages (issue 20 item 4). */
export const WORDING_FILE = /(?:reasons|labels|messages)\.ts$/;

/** The domain's logic: its files outside the kernel that are not wording files (where `bi()` is debt). */
export const domainLogic = (domain: readonly SourceFile[]): SourceFile[] => domain.filter((f) => !WORDING_FILE.test(f.path) && !f.path.startsWith('packages/kernel/'));

export interface Census {
  [metric: string]: number | string | string[];
}

export function census(root: string): Census {
  const { server, domain, web } = areas(root);
  const defs = definitionsOnly(server);
  return {
    'size class: lowercase literals (server)': count(server, PATTERNS.sizeLower),
    'size class: UPPERCASE literals (server)': count(server, PATTERNS.sizeUpper),
    'size class: lowercase lists/unions/enums (server)': count(server, PATTERNS.sizeListLower),
    'size class: UPPERCASE lists/unions/enums (server)': count(server, PATTERNS.sizeListUpper),
    'size class: tables keyed by size (server)': count(server, PATTERNS.sizeTable),
    'size class: spelling maps (server)': count(server, PATTERNS.sizeSpellingMap),
    'size class: Chinese name literals (server)': count(server, PATTERNS.sizeNameZh),
    'size class: files with UPPERCASE spelling (server)': filesWith(server, PATTERNS.sizeUpper),
    'size class: literals, lower/UPPER (web)': `${count(web, PATTERNS.sizeLower)}/${count(web, PATTERNS.sizeUpper)}`,
    'size sector: name tables (server)': filesWith(server, PATTERNS.sectorNameTable),
    'size sector: name tables (web)': filesWith(web, PATTERNS.sectorNameTable),
    'money: *Fen fields typed number (server)': count(server, PATTERNS.moneyNumber),
    'money: *Fen fields typed Fen (server)': count(server, PATTERNS.moneyFen),
    'money: *Fen fields typed number (domain)': count(domain, PATTERNS.moneyNumber),
    'money: *Fen fields typed Fen (domain)': count(domain, PATTERNS.moneyFen),
    'money: *Fen fields typed number (web)': count(web, PATTERNS.moneyNumber),
    'dates: date fields as z.string() (server)': count(server, PATTERNS.zodStringDate),
    'dates: local `type …Date = string` (server)': count(defs, PATTERNS.localDateType),
    'legal address: type definitions (server)': filesWith(defs, PATTERNS.legalAddressType),
    'legal address: parsers (server)': filesWith(defs, PATTERNS.legalAddressParser),
    'exact numbers: Rational/Fraction/Num definitions (server)': filesWith(defs, PATTERNS.rationalType),
    'exact numbers: conversions between them (server)': count(defs, PATTERNS.rationalConversion),
    'bi() calls in domain packages (domain)': count(domain, PATTERNS.bi),
    'bi() calls in domain logic: outside reasons/labels/messages files and the kernel (domain)': count(domainLogic(domain), PATTERNS.bi),
    'bi() calls (server)': count(server, PATTERNS.bi),
  };
}

export function formatCensus(c: Census): string {
  return Object.entries(c)
    .map(([k, v]) => (Array.isArray(v) ? `${k}: ${v.length}${v.length ? `  (${v.join(', ')})` : ''}` : `${k}: ${v}`))
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
  console.log(formatCensus(census(root)));
}
