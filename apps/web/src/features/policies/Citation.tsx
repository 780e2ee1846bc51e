import { Typography } from 'antd';
import { LawCitation } from '../law';
import type { CitedText } from './policies-api';

/**
 * A cited article: 《…》第X条 through the law reader's <LawCitation> (popover with the version in force
 * on `date`, link into the reader), and below it the article text the server sent with the answer,
 * so the reason stays readable without hovering. The name comes with the answer too, so the
 * article is named in words from the first paint (never its address).
 */
export function Citation({ cite, date, compact = false }: { cite: CitedText; date?: string; compact?: boolean }) {
  return (
    <div className="rules-citation" data-testid="citation" data-address={cite.address}>
      <LawCitation address={cite.address} {...(date ? { date } : {})}>{cite.name ?? undefined}</LawCitation>
      {cite.text && (
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 13 }} ellipsis={compact ? { rows: 2, expandable: true } : false}>
          {cite.text}
        </Typography.Paragraph>
      )}
    </div>
  );
}
