import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bi, isLegalAddress, mul, type Num } from '@huiqi/kernel';
import type { Unit } from '../fact-schema';
import type { Jurisdictions } from '../jurisdictions';
import type { LoadError } from '../load-error';
import { isScalar, YamlReader, type Node } from '../yaml-reader';
import type { ParameterDef, ParamValue } from './param-store';

const UNITS: Record<string, { unit: Unit; factor: Num }> = {
  fen: { unit: 'fen', factor: 1 },
  yuan: { unit: 'fen', factor: 100 },
  wan_yuan: { unit: 'fen', factor: 1_000_000 },
  ratio: { unit: 'ratio', factor: 1 },
  people: { unit: 'people', factor: 1 },
  days: { unit: 'days', factor: 1 },
  working_days: { unit: 'working_days', factor: 1 },
  hours: { unit: 'hours', factor: 1 },
  months: { unit: 'months', factor: 1 },
  years: { unit: 'years', factor: 1 },
  count: { unit: 'count', factor: 1 },
  score: { unit: 'score', factor: 1 },
  rank: { unit: 'rank', factor: 1 },
};

/** Publication date: `YYYY-MM-DD`, or reduced precision `YYYY` / `YYYY-MM` when the source gives no day. */
function publishedDate(r: YamlReader, node: Node | null, what: string): string | null {
  if (!node) return null;
  const raw = isScalar(node) ? String((node as { source?: string }).source ?? node.value) : '';
  if (/^\d{4}(-\d{2})?$/.test(raw) && Number(raw.slice(5) || '1') >= 1 && Number(raw.slice(5) || '1') <= 12) return raw;
  return r.date(node, what);
}

/** Parses one parameter file. `path` is the dotted path derived from the file name. */
export function parseParameterFile(path: string, file: string, text: string, tree: Jurisdictions): { def: ParameterDef | null; errors: LoadError[] } {
  const r = new YamlReader(file, text);
  const root = r.root ? r.map(r.root, '参数文件 parameter file') : null;
  if (!root) return { def: null, errors: r.errors };
  r.onlyKeys(root, ['description', 'description_en', 'metadata', 'values', 'documentation'], '参数文件 parameter file');
  const description = r.string(r.require(root, 'description', '参数文件 parameter file'), 'description');
  const descriptionEn = r.string(r.require(root, 'description_en', '参数文件 parameter file'), 'description_en');
  const meta = r.map(r.require(root, 'metadata', '参数文件 parameter file'), 'metadata');
  let unitInfo: { unit: Unit; factor: Num } | null = null;
  let sourceUnit = '';
  if (meta) {
    r.onlyKeys(meta, ['unit'], 'metadata');
    const unitNode = r.require(meta, 'unit', 'metadata');
    const u = unitNode ? r.string(unitNode, 'metadata.unit') : null;
    if (u !== null) {
      sourceUnit = u;
      unitInfo = UNITS[u] ?? null;
      if (!unitInfo) r.error(unitNode, 'BAD_UNIT', bi(`未知单位「${u}」（可用：${Object.keys(UNITS).join('、')}）`, `unknown unit '${u}' (known: ${Object.keys(UNITS).join(', ')})`));
    }
  }
  const values = new Map<string, ParamValue[]>();
  const vm = r.map(r.require(root, 'values', '参数文件 parameter file'), 'values');
  if (vm) {
    for (const jp of r.pairs(vm)) {
      const jid = String(jp.key.value);
      if (!tree.has(jid)) {
        r.error(jp.key, 'UNKNOWN_JURISDICTION', bi(`未知辖区「${jid}」`, `unknown jurisdiction '${jid}'`));
        continue;
      }
      const dm = r.map(jp.value, `values.${jid}`);
      if (!dm) continue;
      const list: ParamValue[] = [];
      for (const dp of r.pairs(dm)) {
        const from = r.date(dp.key, '生效日期 effective date');
        const body = r.map(dp.value, `values.${jid}.${String(dp.key.value)}`);
        if (!from || !body) continue;
        const what = `${jid} ${from}`;
        r.onlyKeys(body, ['value', 'reference', 'published', 'unverified', 'draft', 'note'], what);
        const valueNode = r.get(body, 'value');
        let value: Num | null = null;
        if (valueNode === undefined) r.error(body, 'MISSING_FIELD', bi(`${what} 缺少 value`, `${what} is missing 'value'`));
        else if (!(isScalar(valueNode) && valueNode.value === null)) {
          const n = r.number(valueNode, `${what} value`);
          if (n !== null && unitInfo) value = mul(n, unitInfo.factor);
        }
        const refNode = r.require(body, 'reference', what);
        const reference = refNode ? r.string(refNode, `${what} reference`) : null;
        if (reference && !isLegalAddress(reference)) {
          r.error(refNode, 'BAD_ADDRESS', bi(`法条地址格式不对：「${reference}」`, `malformed legal address '${reference}'`));
        }
        const published = publishedDate(r, r.require(body, 'published', what), `${what} published`);
        const flag = (k: string) => {
          const n = r.get(body, k);
          return n === undefined ? false : (r.bool(n, `${what} ${k}`) ?? false);
        };
        const unverified = flag('unverified');
        const draft = flag('draft');
        const noteNode = r.get(body, 'note');
        const note = noteNode === undefined ? null : r.string(noteNode, `${what} note`);
        if ((unverified || draft) && !note) {
          r.error(body, 'MISSING_FIELD', bi(`${what} 标为未核实或草案时须写 note 说明`, `${what}: an unverified or draft value needs a 'note'`));
        }
        if (reference && published) {
          list.push({ from, value, reference, published, unverified, draft, note, line: r.pos(dp.key).line });
        }
      }
      for (let i = 1; i < list.length; i++) {
        if (list[i]!.from <= list[i - 1]!.from) {
          r.errors.push({ code: 'DATE_ORDER', file, line: list[i]!.line, column: 1, message: bi('生效日期须按时间先后排列且不重复', 'effective dates must be in increasing order without repeats') });
        }
      }
      values.set(jid, list);
    }
  }
  if (!description || !descriptionEn || !unitInfo || r.errors.length) return { def: null, errors: r.errors };
  return { def: { path, file, description, descriptionEn, unit: unitInfo.unit, sourceUnit, values }, errors: [] };
}

/** Loads every `parameters/<domain>/.../<name>.yaml`; the dotted path comes from the file path. */
export function loadParameters(dir: string, repoRoot: string, tree: Jurisdictions): { defs: Map<string, ParameterDef>; errors: LoadError[] } {
  const defs = new Map<string, ParameterDef>();
  const errors: LoadError[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'cases') walk(full);
      }
      else if (name.endsWith('.yaml') && name !== 'index.yaml') {
        const file = relative(repoRoot, full).split(sep).join('/');
        const path = relative(dir, full).slice(0, -'.yaml'.length).split(sep).join('.');
        if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(path)) {
          errors.push({ code: 'WRONG_TYPE', file, line: 1, column: 1, message: bi(`参数路径「${path}」须为 snake_case 小写分段`, `parameter path '${path}' must be lower snake_case segments`) });
          continue;
        }
        const r = parseParameterFile(path, file, readFileSync(full, 'utf8'), tree);
        errors.push(...r.errors);
        if (r.def) defs.set(path, r.def);
      }
    }
  };
  walk(dir);
  return { defs, errors };
}
