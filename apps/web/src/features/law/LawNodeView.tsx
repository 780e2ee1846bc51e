import { Button, Divider, Tag, Tooltip, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import type { LawImplementation, LawItem, LawNode, LawParagraph } from './law-api';
import { useI18n } from '../../i18n/use-i18n';
import { useLawText } from './use-law-text';
import { useFormat } from '../../i18n/format-messages';

interface Props {
  node: LawNode;
  /** The element the URL points at (highlighted), and its ancestors. */
  target: string | null;
  onCopyLink: (eid: string) => void;
  /** What implements this article on the platform (shown beside it). */
  implementations?: LawImplementation[];
}

/** Beside an article: the policy rules, statutory figures, calculations and test cases that implement it. */
function Implementations({ list, eid }: { list: LawImplementation[] | undefined; eid: string }) {
  const { t } = useLawText();
  const { pick } = useI18n();
  const f = useFormat();
  if (!list || list.length === 0) return null;
  const order: LawImplementation['kind'][] = ['RULE', 'PARAMETER', 'VARIABLE', 'SIZE_STANDARD', 'CODE', 'CASE'];
  const sorted = [...list].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return (
    <aside className="law-impl" data-testid={`impl-${eid}`} aria-label={t('law.impl.title')}>
      <Typography.Text type="secondary" className="law-impl-title">{t('law.impl.title')}</Typography.Text>
      {sorted.map((i) =>
        i.kind === 'CASE' ? (
          <Tag key="case" data-kind="CASE">{t('law.impl.CASE', { n: i.count })}</Tag>
        ) : (
          <Tag key={`${i.kind}:${i.label.zh}`} data-kind={i.kind} color={i.kind === 'RULE' ? 'blue' : i.kind === 'CODE' ? 'purple' : 'default'}>
            {f.labelValue(t(`law.impl.${i.kind}`), pick(i.label))}
          </Tag>
        ),
      )}
    </aside>
  );
}

const cls = (base: string, eid: string, target: string | null) => (eid === target ? `${base} law-highlight` : base);

function Annotations({ list }: { list: string[] }) {
  const { t } = useLawText();
  if (list.length === 0) return null;
  return (
    <Tooltip title={t('law.annotation')}>
      <span className="law-annotation">{list.join(' ')}</span>
    </Tooltip>
  );
}

function ItemView({ item, target }: { item: LawItem; target: string | null }) {
  return (
    <div id={item.eid} className={cls('law-item', item.eid, target)} data-eid={item.eid}>
      <a className="law-anchor" href={`#${item.eid}`} aria-label={item.eid}>
        {item.num}
      </a>
      {item.text}
      <Annotations list={item.annotations} />
      {item.subitems.map((s) => (
        <div key={s.eid} id={s.eid} className={cls('law-subitem', s.eid, target)} data-eid={s.eid}>
          <a className="law-anchor" href={`#${s.eid}`} aria-label={s.eid}>
            {s.num}
          </a>
          {s.text}
          <Annotations list={s.annotations} />
        </div>
      ))}
    </div>
  );
}

function ParagraphView({ p, target, lead }: { p: LawParagraph; target: string | null; lead?: React.ReactNode }) {
  return (
    <div id={p.eid} className={cls(p.isHeading ? 'law-para law-para-heading' : 'law-para', p.eid, target)} data-eid={p.eid} title={p.num}>
      {lead}
      {p.text}
      <Annotations list={p.annotations} />
      {p.items.map((i) => (
        <ItemView key={i.eid} item={i} target={target} />
      ))}
    </div>
  );
}

/** One node of a version: a part (通告, 说明 …), a chapter heading, or an article with its 款, 项 and 目 — each with its eId as anchor. */
export function LawNodeView({ node, target, onCopyLink, implementations }: Props) {
  const { t } = useLawText();
  if (node.kind === 'division') {
    const Heading = node.depth === 0 ? 'h3' : 'h4';
    return (
      <Heading id={node.eid} className={cls(`law-division law-division-${node.type}`, node.eid, target)} data-eid={node.eid}>
        {node.num} {node.title}
      </Heading>
    );
  }
  if (node.kind === 'block') {
    if (node.role === 'title') {
      return (
        <div id={node.eid} className="law-block law-block-title">
          {node.paragraphs.map((p) => (
            <Typography.Title key={p.eid} id={p.eid} level={3} style={{ textAlign: 'center' }}>
              {p.text}
            </Typography.Title>
          ))}
        </div>
      );
    }
    return (
      <section id={node.eid} className={cls(`law-block law-block-${node.role}`, node.eid, target)} data-eid={node.eid} data-role={node.role}>
        <Divider titlePlacement="start" plain>
          <span className="law-block-label">{node.label}</span>
        </Divider>
        {node.paragraphs.map((p) => (
          <ParagraphView key={p.eid} p={p} target={target} />
        ))}
      </section>
    );
  }
  const head = (
    <span className="law-article-num">
      <a href={`#${node.eid}`}>{node.num}</a>
      {node.heading && node.type === 'article' ? t('law.heading', { heading: node.heading }) : ''}
      {node.type === 'article' ? '\u3000' : ' '}
    </span>
  );
  return (
    <section id={node.eid} className={cls('law-article', node.eid, target)} data-eid={node.eid} data-testid="law-article">
      <Tooltip title={t('law.copyLink')}>
        <Button className="law-copy" size="small" type="text" icon={<LinkOutlined />} onClick={() => onCopyLink(node.eid)} data-testid={`copy-${node.eid}`} aria-label={t('law.copyLink')} />
      </Tooltip>
      {node.paragraphs.map((p, i) => (
        <ParagraphView key={p.eid} p={p} target={target} lead={i === 0 ? head : undefined} />
      ))}
      {node.paragraphs.length === 0 && head}
      <Annotations list={node.annotations} />
      <Implementations list={implementations} eid={node.eid} />
    </section>
  );
}
