import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { Citation } from './Citation';
import type { PolicyExplanation, TraceNode } from './policies-api';
import { policiesMessages } from './policies-messages';

/** A node that reads something a person can name: an enterprise fact, a parameter or a named variable. */
const isNamed = (node: TraceNode) => Boolean(node.fact ?? node.param ?? node.variable);

/**
 * One trace node and its children, in words: the facts, parameters and named values a condition
 * read, each with its value. The rule's own expression (operators, literals, function calls) is
 * never shown to the enterprise: an unnamed node shows only its gap (what is short, and by how
 * much) and passes on to its children; the root of an amount shows its result under `resultLabel`.
 */
function TraceLine({ node, depth, date, resultLabel }: { node: TraceNode; depth: number; date: string; resultLabel?: string }) {
  const { pick } = useI18n();
  const t = useMessages(policiesMessages);
  const failed = node.value === false;
  const children = node.children && node.children.length > 0 && !node.param
    ? node.children.map((c, i) => <TraceLine key={i} node={c} depth={isNamed(node) ? depth + 1 : depth} date={date} />)
    : null;
  if (!isNamed(node) && !resultLabel) {
    return (
      <>
        {node.gap && (
          <li style={{ marginLeft: depth === 0 ? 0 : 16 }} data-testid="trace-gap">
            <Typography.Text type="danger">{pick(node.gap)}</Typography.Text>
          </li>
        )}
        {children}
      </>
    );
  }
  return (
    <li style={{ marginLeft: depth === 0 ? 0 : 16 }} data-testid="trace-node">
      <Space size={6} wrap>
        {node.fact ? (
          <>
            <Tag color="blue">{t('policies.fact')}</Tag>
            <span>{pick(node.fact.label)}</span>
          </>
        ) : node.param ? (
          <>
            <Tag color="purple">{t('policies.parameter')}</Tag>
            <span>{pick(node.param.label)}</span>
          </>
        ) : node.variable ? (
          <span>{pick(node.variable.label)}</span>
        ) : (
          <span>{resultLabel}</span>
        )}
        <span>=</span>
        <Typography.Text strong type={failed ? 'danger' : undefined}>{node.fact?.missing ? t('policies.factMissing') : pick(node.display)}</Typography.Text>
        {node.gap && <Typography.Text type="danger">{pick(node.gap)}</Typography.Text>}
      </Space>
      {node.param && (
        <div style={{ marginLeft: 16, fontSize: 12 }}>
          <Space size={6} wrap>
            <span>{t('policies.paramFrom', { from: node.param.from })}</span>
            <span>{t('policies.published', { date: node.param.published })}</span>
            {node.param.unverified && <Tag color="orange">{t('policies.unverified')}</Tag>}
          </Space>
          <Citation cite={{ address: node.param.reference, text: node.param.referenceText, name: node.param.referenceName }} date={node.param.from} compact />
        </div>
      )}
      {children && <ul style={{ listStyle: 'none', paddingLeft: 0, margin: 0 }}>{children}</ul>}
    </li>
  );
}

/** 判定依据: each condition with its value, the facts and parameters read (dates and sources), and the amount formula. */
export function ExplanationTree({ explanation, date }: { explanation: PolicyExplanation; date: string }) {
  const { pick } = useI18n();
  const t = useMessages(policiesMessages);
  return (
    <div data-testid="explanation">
      {explanation.clauses.map((c) => (
        <div key={c.id} style={{ marginBottom: 12 }} data-testid={`clause-${c.id}`}>
          <Space size={6} wrap>
            {c.value === true && <Tag color="green">{t('policies.clauseMet')}</Tag>}
            {c.value === false && <Tag color="red">{t('policies.clauseFailed')}</Tag>}
            {c.value === null && <Tag color="gold">{t('policies.clauseUnknown')}</Tag>}
            <Typography.Text strong>{pick(c.label)}</Typography.Text>
            {c.gap.map((g, i) => (
              <Typography.Text key={i} type="danger">{pick(g)}</Typography.Text>
            ))}
          </Space>
          <ul style={{ listStyle: 'none', paddingLeft: 16, margin: '4px 0' }}>
            <TraceLine node={c.trace} depth={0} date={date} />
          </ul>
          <div style={{ paddingLeft: 16 }}>
            <Citation cite={{ address: c.cite, text: c.citeText, name: c.citeName }} date={date} compact />
          </div>
        </div>
      ))}
      {explanation.amount && (
        <div data-testid="explanation-amount">
          <Typography.Text strong>{t('policies.amountFormula')}</Typography.Text>
          <div style={{ paddingLeft: 16 }} data-testid="amount-in-words">
            {pick(explanation.amount.label)} = {pick(explanation.amount.formula)}
          </div>
          <ul style={{ listStyle: 'none', paddingLeft: 16, margin: '4px 0' }}>
            <TraceLine node={explanation.amount.trace} depth={0} date={date} resultLabel={pick(explanation.amount.label)} />
          </ul>
          <div style={{ paddingLeft: 16 }}>
            <Citation cite={{ address: explanation.amount.cite, text: explanation.amount.citeText, name: explanation.amount.citeName }} date={date} compact />
          </div>
        </div>
      )}
    </div>
  );
}
