import { bi, isLegalAddress, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { checkExpr } from '../expr/check';
import { parseExpr } from '../expr/parser';
import { plan } from '../expr/plan';
import type { CheckEnv, Type } from '../expr/types';
import type { Jurisdictions } from '../jurisdictions';
import type { LoadError } from '../load-error';
import { YamlReader, isScalar, type Node, type Scalar } from '../yaml-reader';
import { BENEFIT_KINDS, CHANNELS, type BenefitKind, type Channel, type CompiledRule, type PolicyDef, type PolicyVersion } from './policy-def';

/** Parses and checks one `policy.yaml`: every expression type-checked, every citation well formed. */
export function parsePolicy(file: string, folderId: string, text: string, env: CheckEnv, tree: Jurisdictions): { policy: PolicyDef | null; errors: LoadError[] } {
  const r = new YamlReader(file, text);
  const root = r.root ? r.map(r.root, '政策文件 policy file') : null;
  if (!root) return { policy: null, errors: r.errors };
  const what = `政策 ${folderId}`;
  r.onlyKeys(root, ['id', 'title', 'jurisdiction', 'department', 'channel', 'benefit_kind', 'rule_set', 'implements', 'versions', 'notes'], what);
  const idNode = r.require(root, 'id', what);
  const id = idNode ? r.string(idNode, 'id') : null;
  if (id && id !== folderId) r.error(idNode, 'WRONG_TYPE', bi(`id「${id}」须与文件夹名「${folderId}」一致`, `id '${id}' must equal the folder name '${folderId}'`));
  const title = r.bilingual(r.require(root, 'title', what), 'title');
  const jNode = r.require(root, 'jurisdiction', what);
  const jurisdiction = jNode ? r.string(jNode, 'jurisdiction') : null;
  if (jurisdiction && !tree.has(jurisdiction)) r.error(jNode, 'UNKNOWN_JURISDICTION', bi(`未知辖区「${jurisdiction}」`, `unknown jurisdiction '${jurisdiction}'`));
  const department = r.bilingual(r.require(root, 'department', what), 'department');
  const chNode = r.require(root, 'channel', what);
  const channel = chNode ? r.string(chNode, 'channel') : null;
  if (channel && !CHANNELS.includes(channel as Channel)) r.error(chNode, 'WRONG_TYPE', bi(`channel 须为 ${CHANNELS.join('、')}`, `channel must be one of ${CHANNELS.join(', ')}`));
  const rsNode = r.require(root, 'rule_set', what);
  const ruleSet = rsNode ? r.string(rsNode, 'rule_set') : null;
  const implNode = r.require(root, 'implements', what);
  const implementsList = r.stringList(implNode, 'implements');
  implNode && (r.seq(implNode, 'implements')?.items ?? []).forEach((n, i) => checkAddress(r, n, implementsList[i]));
  const versions: PolicyVersion[] = [];
  const vs = r.seq(r.require(root, 'versions', what), 'versions');
  for (const vn of vs?.items ?? []) {
    const v = parseVersion(r, vn, env);
    if (v) versions.push(v);
  }
  for (let i = 1; i < versions.length; i++) {
    const prev = versions[i - 1]!;
    if (versions[i]!.from <= prev.from || (prev.until !== null && prev.until > versions[i]!.from)) {
      r.error(vs, 'DATE_ORDER', bi('版本须按生效日期先后排列且不重叠', 'versions must be in date order and must not overlap'));
    }
  }
  const bkNode = r.get(root, 'benefit_kind');
  const benefitKind = bkNode === undefined ? null : r.string(bkNode, 'benefit_kind');
  if (benefitKind !== null && !BENEFIT_KINDS.includes(benefitKind as BenefitKind)) r.error(bkNode, 'WRONG_TYPE', bi(`benefit_kind 须为 ${BENEFIT_KINDS.join('、')}`, `benefit_kind must be one of ${BENEFIT_KINDS.join(', ')}`));
  if (benefitKind === null && versions.some((v) => v.amount !== null)) {
    r.error(root, 'MISSING_FIELD', bi('有金额的政策须写明 benefit_kind（CASH 现金、FEE_REDUCTION 费用减免、TAX_REDUCTION 减免税、TAX_DEDUCTION 加计扣除、PRICE_PREFERENCE 价格扣除）', 'a policy with an amount must say what it is: benefit_kind CASH, FEE_REDUCTION, TAX_REDUCTION, TAX_DEDUCTION or PRICE_PREFERENCE'));
  }
  if (r.errors.length || !id || !title || !jurisdiction || !department || !channel || !ruleSet) return { policy: null, errors: r.errors };
  return {
    policy: { id, file, title, jurisdiction, department, channel: channel as Channel, benefitKind: benefitKind as BenefitKind | null, implements: implementsList, ruleSet, versions },
    errors: [],
  };
}

function checkAddress(r: YamlReader, node: Node | null | undefined, text: string | null | undefined): void {
  if (text && !isLegalAddress(text)) r.error(node, 'BAD_ADDRESS', bi(`法条地址格式不对：「${text}」`, `malformed legal address '${text}'`));
}

function parseVersion(r: YamlReader, vn: Node, env: CheckEnv): PolicyVersion | null {
  const v = r.map(vn, 'version');
  if (!v) return null;
  r.onlyKeys(v, ['from', 'until', 'unverified', 'note', 'conditions', 'amount', 'outputs'], 'version');
  const from = r.date(r.require(v, 'from', 'version'), 'from');
  const untilNode = r.get(v, 'until');
  const until: PlainDate | null = untilNode === undefined || (isScalar(untilNode) && untilNode.value === null) ? null : r.date(untilNode, 'until');
  if (from && until && until <= from) r.error(untilNode, 'DATE_ORDER', bi('until 须晚于 from', "'until' must be after 'from'"));
  const unvNode = r.get(v, 'unverified');
  const unverified = unvNode === undefined ? false : (r.bool(unvNode, 'unverified') ?? false);
  const noteNode = r.get(v, 'note');
  const note = noteNode === undefined ? null : r.string(noteNode, 'note');
  if (unverified && !note) r.error(v, 'MISSING_FIELD', bi('标为未核实的版本须写 note 说明', "an unverified version needs a 'note'"));
  const conditions: CompiledRule[] = [];
  const cs = r.seq(r.require(v, 'conditions', 'version'), 'conditions');
  const seen = new Set<string>();
  for (const cn of cs?.items ?? []) {
    const c = compileRule(r, cn, env, 'bool', 'when', seen);
    if (c) conditions.push(c);
  }
  const amountNode = r.get(v, 'amount');
  const amount = amountNode === undefined ? null : compileRule(r, amountNode, env, 'number', 'formula', seen, true);
  const outputs: CompiledRule[] = [];
  const on = r.get(v, 'outputs');
  for (const o of on === undefined ? [] : (r.seq(on, 'outputs')?.items ?? [])) {
    const c = compileRule(r, o, env, null, 'formula', seen);
    if (c) outputs.push(c);
  }
  if (!from) return null;
  return { from, until, unverified, note, conditions, amount, outputs };
}

function compileRule(r: YamlReader, node: Node, env: CheckEnv, type: Type | null, key: 'when' | 'formula', seen: Set<string>, isAmount = false): CompiledRule | null {
  const m = r.map(node, key === 'when' ? 'condition' : 'formula');
  if (!m) return null;
  r.onlyKeys(m, ['id', 'label', key, 'cite', 'note'], key === 'when' ? 'condition' : isAmount ? 'amount' : 'output');
  const idNode = isAmount ? null : r.require(m, 'id', 'rule');
  const id = isAmount ? 'amount' : idNode ? r.string(idNode, 'id') : null;
  if (id && !isAmount) {
    if (!/^[a-z][a-z0-9_]*$/.test(id)) r.error(idNode, 'WRONG_TYPE', bi(`条件编号「${id}」须为 snake_case`, `rule id '${id}' must be snake_case`));
    if (seen.has(id)) r.error(idNode, 'DUPLICATE', bi(`条件编号「${id}」重复`, `duplicate rule id '${id}'`));
    seen.add(id);
  }
  const label: BilingualText | null = r.bilingual(r.require(m, 'label', 'rule'), 'label');
  const citeNode = r.require(m, 'cite', 'rule');
  const cite = citeNode ? r.string(citeNode, 'cite') : null;
  checkAddress(r, citeNode, cite);
  const srcNode = r.require(m, key, 'rule');
  const source = srcNode ? r.string(srcNode, key) : null;
  if (!source || !srcNode || !id || !label || !cite) return null;
  const offset = exprOffset(srcNode as Scalar);
  const parsed = parseExpr(source);
  if (!parsed.ok) {
    r.error(srcNode, 'EXPRESSION_SYNTAX', bi(`${id}：${parsed.error.message.zh}`, `${id}: ${parsed.error.message.en}`), offset + parsed.error.offset);
    return null;
  }
  const checked = checkExpr(parsed.value, env, type ?? undefined);
  if (!checked.ok) {
    r.error(srcNode, 'EXPRESSION_TYPE', bi(`${id}：${checked.error.message.zh}`, `${id}: ${checked.error.message.en}`), offset + checked.error.start);
    return null;
  }
  if (isAmount && (!checked.value.ty.integral || (checked.value.ty.unit && checked.value.ty.unit !== 'fen'))) {
    r.error(srcNode, 'EXPRESSION_TYPE', bi('金额公式须得到整数分（用 round/floor/ceil 按文本规定取整）', 'an amount formula must yield whole fen (round/floor/ceil as the text says)'), offset);
    return null;
  }
  return { id, label, source, node: checked.value, plan: plan(checked.value), cite, line: r.pos(srcNode).line };
}

/** Offset of the expression text inside the scalar (1 for quoted scalars; block scalars are approximate). */
function exprOffset(s: Scalar): number {
  return s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE' ? 1 : 0;
}

