import { Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useMessages } from '../../i18n/define-messages';
import { consultationMessages } from './consultation-messages';
import { useFormat } from '../../i18n/format-messages';

/**
 * One cell per article of the draft, darker the more comments it drew; each cell links to the
 * article in the reader. Counts are visible as text too (the tooltip and the cell's label).
 */
export function HeatStrip({ articles, heat, linkOf }: { articles: readonly { eid: string; num: string }[]; heat: readonly { articleEid: string; count: number }[]; linkOf: (eid: string) => string }) {
  const t = useMessages(consultationMessages);
  const f = useFormat();
  const counts = new Map(heat.map((h) => [h.articleEid, h.count]));
  const max = Math.max(1, ...heat.map((h) => h.count));
  return (
    <div data-testid="consultation-heat">
      <Typography.Text type="secondary">{t('c.heat')}</Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 2, marginTop: 4 }}>
        {articles.map((a) => {
          const n = counts.get(a.eid) ?? 0;
          return (
            <Tooltip key={a.eid} title={f.labelValue(a.num, n)}>
              <Link to={linkOf(a.eid)} aria-label={`${a.num} ${n}`} data-testid={`heat-${a.eid}`} data-count={n}
                style={{ width: 10, height: 22, borderRadius: 2, display: 'inline-block', background: n === 0 ? '#f0f0f0' : `rgba(22, 119, 255, ${0.25 + 0.75 * (n / max)})` }} />
            </Tooltip>
          );
        })}
      </div>
    </div>
  );
}
