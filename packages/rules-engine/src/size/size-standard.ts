import { bi, isLegalAddress, mul, SIZE_CLASSES, SIZE_SECTORS, type BilingualText, type Num, type PlainDate, type SizeClass, type SizeSector } from '@huiqi/kernel';
import type { LoadError } from '../load-error';
import { YamlReader, type Node } from '../yaml-reader';

/** The classes with lower bounds in the table (micro is what is left below small). */
type BoundedClass = Exclude<SizeClass, 'micro'>;
const BOUNDED_CLASSES = SIZE_CLASSES.filter((c): c is BoundedClass => c !== 'micro');
export type Indicator = 'employees' | 'revenue' | 'totalAssets';
export const INDICATORS: readonly Indicator[] = ['employees', 'revenue', 'totalAssets'];

/** Lower bounds of one class for one sector; money already in fen. */
export type Bounds = Partial<Record<Indicator, Num>>;

export interface SectorRow {
  sector: SizeSector;
  label: BilingualText;
  cite: string;
  indicators: Indicator[];
  /** Lower bounds per class; large = the SME ceiling ("…以下的为中小微型企业"). */
  large: Bounds;
  medium: Bounds;
  small: Bounds;
}

export interface SizeStandardVersion {
  from: PlainDate;
  until: PlainDate | null;
  reference: string;
  /** Citation of the rule "须同时满足所列指标的下限，否则下划一档；微型只须满足一项". */
  bandRuleCite: string;
  /** Citation for 个体工商户 classified by reference (参照). */
  individualBusinessCite: string;
  rows: ReadonlyMap<SizeSector, SectorRow>;
}

const WAN_YUAN_IN_FEN = 1_000_000;

/** Parses `rules/size-standard/standard.yaml`: the size standard as a decision table, per dated version. */
export function parseSizeStandard(file: string, text: string): { versions: SizeStandardVersion[]; errors: LoadError[] } {
  const r = new YamlReader(file, text);
  const versions: SizeStandardVersion[] = [];
  const root = r.root ? r.map(r.root, '划型标准文件 size standard file') : null;
  if (!root) return { versions, errors: r.errors };
  r.onlyKeys(root, ['title', 'units', 'versions'], 'size standard');
  const seq = r.seq(r.require(root, 'versions', 'size standard'), 'versions');
  for (const vn of seq?.items ?? []) {
    const v = r.map(vn, 'version');
    if (!v) continue;
    r.onlyKeys(v, ['from', 'until', 'reference', 'band_rule', 'individual_business', 'sectors'], 'version');
    const from = r.date(r.require(v, 'from', 'version'), 'from');
    const untilNode = r.get(v, 'until');
    const until = untilNode === undefined ? null : r.date(untilNode, 'until');
    const cite = (key: string) => {
      const node = r.require(v, key, 'version');
      const s = node ? r.string(node, key) : null;
      if (s && !isLegalAddress(s)) r.error(node, 'BAD_ADDRESS', bi(`法条地址格式不对：「${s}」`, `malformed legal address '${s}'`));
      return s ?? '';
    };
    const reference = cite('reference');
    const bandRuleCite = cite('band_rule');
    const individualBusinessCite = cite('individual_business');
    const rows = new Map<SizeSector, SectorRow>();
    const sm = r.map(r.require(v, 'sectors', 'version'), 'sectors');
    for (const p of sm ? r.pairs(sm) : []) {
      const sector = String(p.key.value) as SizeSector;
      if (!SIZE_SECTORS.includes(sector)) {
        r.error(p.key, 'WRONG_TYPE', bi(`未知划型行业「${sector}」`, `unknown size sector '${sector}'`));
        continue;
      }
      const row = parseRow(r, sector, p.value as Node);
      if (row) rows.set(sector, row);
    }
    for (const s of SIZE_SECTORS) if (sm && !rows.has(s)) r.error(sm, 'MISSING_FIELD', bi(`缺少划型行业 ${s}`, `sector ${s} is missing`));
    if (from) versions.push({ from, until, reference, bandRuleCite, individualBusinessCite, rows });
  }
  return { versions, errors: r.errors };
}

function parseRow(r: YamlReader, sector: SizeSector, node: Node): SectorRow | null {
  const m = r.map(node, sector);
  if (!m) return null;
  r.onlyKeys(m, ['label', 'cite', 'indicators', ...BOUNDED_CLASSES], sector);
  const label = r.bilingual(r.require(m, 'label', sector), `${sector}.label`);
  const citeNode = r.require(m, 'cite', sector);
  const cite = citeNode ? r.string(citeNode, `${sector}.cite`) : null;
  if (cite && !isLegalAddress(cite)) r.error(citeNode, 'BAD_ADDRESS', bi(`法条地址格式不对：「${cite}」`, `malformed legal address '${cite}'`));
  const indicators = r.stringList(r.require(m, 'indicators', sector), `${sector}.indicators`) as Indicator[];
  for (const i of indicators) if (!INDICATORS.includes(i)) r.error(m, 'WRONG_TYPE', bi(`未知指标「${i}」`, `unknown indicator '${i}'`));
  const bounds = (key: BoundedClass): Bounds => {
    const bm = r.map(r.require(m, key, sector), `${sector}.${key}`);
    const out: Bounds = {};
    if (!bm) return out;
    r.onlyKeys(bm, indicators, `${sector}.${key}`);
    for (const i of indicators) {
      const n = r.number(r.require(bm, i, `${sector}.${key}`), `${sector}.${key}.${i}`);
      if (n !== null) out[i] = i === 'employees' ? n : mul(n, WAN_YUAN_IN_FEN);
    }
    return out;
  };
  const large = bounds('large');
  const medium = bounds('medium');
  const small = bounds('small');
  if (!label || !cite) return null;
  return { sector, label, cite, indicators, large, medium, small };
}
