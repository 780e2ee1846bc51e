import { isMap, isScalar, isSeq, type Node, type YamlReader } from '../yaml-reader';

/** Plain JS from a YAML node, keeping decimal numbers as their source text so amounts stay exact. */
export function toJs(r: YamlReader, node: Node, what: string): unknown {
  if (isScalar(node)) {
    const src = (node as { source?: string }).source;
    if (typeof node.value === 'number' && src !== undefined && /^-?\d+\.\d+$/.test(src)) return src;
    return node.value;
  }
  if (isSeq(node)) return node.items.map((i) => toJs(r, i as Node, what));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const p of node.items) out[String((p.key as { value: unknown }).value)] = p.value === null ? null : toJs(r, p.value as Node, what);
    return out;
  }
  r.error(node, 'WRONG_TYPE', { zh: `${what} 含不支持的 YAML 结构`, en: `${what} contains an unsupported YAML construct` });
  return null;
}
