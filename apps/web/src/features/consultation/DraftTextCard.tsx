import { Badge, Card, Typography } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import type { LawNode } from '../law/law-api';
import { consultationMessages } from './consultation-messages';

/**
 * The text under consultation when it is not in the law library (a policy drafted in the console):
 * its articles, 款 and 项 with their anchors (`id` = eId, the targets of the heat strip), and beside
 * each article the number of comments it drew.
 */
export function DraftTextCard({ title, nodes, heat }: { title: string | null; nodes: readonly LawNode[]; heat: readonly { articleEid: string; count: number }[] }) {
  const t = useMessages(consultationMessages);
  const counts = new Map(heat.map((h) => [h.articleEid, h.count]));
  return (
    <Card title={title ?? t('c.draftText')} data-testid="consultation-draft-text">
      {nodes.map((n) => n.kind !== 'article' ? null : (
        <div key={n.eid} id={n.eid} style={{ marginBottom: 8 }}>
          {n.paragraphs.map((p, i) => (
            <div key={p.eid} id={p.eid}>
              <Typography.Text strong={i === 0}>{i === 0 ? `${n.num} ` : ''}</Typography.Text>
              <Typography.Text>{p.text}</Typography.Text>
              {p.items.map((item) => <div key={item.eid} id={item.eid} style={{ paddingLeft: 24 }}><Typography.Text>{item.num}{item.text}</Typography.Text></div>)}
            </div>
          ))}
          {(counts.get(n.eid) ?? 0) > 0 && <Badge count={counts.get(n.eid)} color="blue" style={{ marginLeft: 8 }} />}
        </div>
      ))}
    </Card>
  );
}
