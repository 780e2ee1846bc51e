import { bi, fromJsNumber, parseExact, parsePlainDate, type BilingualText, type Num, type PlainDate } from '@huiqi/kernel';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { LoadError, LoadErrorCode } from './load-error';

/**
 * Reads one YAML file and reports every problem with file, line and column. Numbers are taken
 * from their source text so that `0.10` is the exact decimal 1/10.
 */
export class YamlReader {
  readonly errors: LoadError[] = [];
  readonly root: Node | null;
  private readonly lc = new LineCounter();

  constructor(
    readonly file: string,
    text: string,
  ) {
    const doc = parseDocument(text, { lineCounter: this.lc, uniqueKeys: true, prettyErrors: false });
    for (const e of doc.errors) {
      const pos = this.lc.linePos(e.pos[0]);
      this.errors.push({ code: 'YAML_SYNTAX', file, line: pos.line, column: pos.col, message: bi(`YAML 语法错误：${e.message.split('\n')[0]}`, `YAML syntax error: ${e.message.split('\n')[0]}`) });
    }
    this.root = doc.errors.length ? null : (doc.contents as Node | null);
  }

  pos(node: Node | null | undefined, extraOffset = 0): { line: number; column: number } {
    const off = (node?.range?.[0] ?? 0) + extraOffset;
    const p = this.lc.linePos(off);
    return { line: p.line, column: p.col };
  }

  error(node: Node | null | undefined, code: LoadErrorCode, message: BilingualText, extraOffset = 0): void {
    const { line, column } = this.pos(node, extraOffset);
    this.errors.push({ code, file: this.file, line, column, message });
  }

  map(node: Node | null | undefined, what: string): YAMLMap<Scalar, Node> | null {
    if (isMap(node)) return node as YAMLMap<Scalar, Node>;
    this.error(node, 'WRONG_TYPE', bi(`${what}须为映射（键: 值）`, `${what} must be a mapping`));
    return null;
  }

  seq(node: Node | null | undefined, what: string): YAMLSeq<Node> | null {
    if (isSeq(node)) return node as YAMLSeq<Node>;
    this.error(node, 'WRONG_TYPE', bi(`${what}须为列表`, `${what} must be a list`));
    return null;
  }

  pairs(m: YAMLMap<Scalar, Node>): Pair<Scalar, Node>[] {
    return m.items as Pair<Scalar, Node>[];
  }

  get(m: YAMLMap<Scalar, Node>, key: string): Node | undefined {
    const p = this.pairs(m).find((it) => isScalar(it.key) && String(it.key.value) === key);
    return (p?.value ?? undefined) as Node | undefined;
  }

  /** Reports keys that are not in `allowed` (nothing in a rule file is silently ignored). */
  onlyKeys(m: YAMLMap<Scalar, Node>, allowed: readonly string[], what: string): void {
    for (const p of this.pairs(m)) {
      const k = isScalar(p.key) ? String(p.key.value) : '?';
      if (!allowed.includes(k)) this.error(p.key as Node, 'UNKNOWN_FIELD', bi(`${what}中有未知字段「${k}」（允许：${allowed.join('、')}）`, `unknown field '${k}' in ${what} (allowed: ${allowed.join(', ')})`));
    }
  }

  require(m: YAMLMap<Scalar, Node>, key: string, what: string): Node | null {
    const v = this.get(m, key);
    if (v === undefined || v === null) {
      this.error(m, 'MISSING_FIELD', bi(`${what}缺少字段「${key}」`, `${what} is missing '${key}'`));
      return null;
    }
    return v;
  }

  string(node: Node | null | undefined, what: string): string | null {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
    this.error(node, 'WRONG_TYPE', bi(`${what}须为非空文本`, `${what} must be non-empty text`));
    return null;
  }

  bool(node: Node | null | undefined, what: string): boolean | null {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.error(node, 'WRONG_TYPE', bi(`${what}须为 true 或 false`, `${what} must be true or false`));
    return null;
  }

  date(node: Node | null | undefined, what: string): PlainDate | null {
    const raw = isScalar(node) ? String(node.value) : null;
    const d = raw === null ? null : parsePlainDate(raw);
    if (d) return d;
    this.error(node, 'BAD_DATE', bi(`${what}须为日期 YYYY-MM-DD，实为「${raw ?? '?'}」`, `${what} must be a date YYYY-MM-DD, got '${raw ?? '?'}'`));
    return null;
  }

  /** An exact number from the scalar's source text (quoted decimals such as "0.05" are accepted too). */
  number(node: Node | null | undefined, what: string): Num | null {
    if (isScalar(node)) {
      const src = (node as Scalar & { source?: string }).source;
      if (typeof node.value === 'number') {
        const n = (src !== undefined ? parseExact(src) : null) ?? fromJsNumber(node.value);
        if (n !== null) return n;
      } else if (typeof node.value === 'string') {
        const n = parseExact(node.value);
        if (n !== null) return n;
      }
    }
    this.error(node, 'BAD_NUMBER', bi(`${what}须为十进制数`, `${what} must be a decimal number`));
    return null;
  }

  bilingual(node: Node | null | undefined, what: string): BilingualText | null {
    const m = this.map(node, what);
    if (!m) return null;
    this.onlyKeys(m, ['zh', 'en'], what);
    const zh = this.string(this.require(m, 'zh', what), `${what}.zh`);
    const en = this.string(this.require(m, 'en', what), `${what}.en`);
    return zh && en ? { zh, en } : null;
  }

  stringList(node: Node | null | undefined, what: string): string[] {
    const s = this.seq(node, what);
    if (!s) return [];
    return s.items.map((it) => this.string(it, what)).filter((x): x is string => x !== null);
  }
}

export { isMap, isScalar, isSeq };
export type { Node, Scalar, YAMLMap };
