import { Typography } from 'antd';
import { Link } from 'react-router';
import type { CitedText } from './policies-api';
import { lawLink } from './policy-groups';

/**
 * A cited article: its address as a link to the law reader, and the text in force when the server
 * sent it. (Switch to the law feature's <LawCitation address date /> once it exists.)
 */
export function Citation({ cite, compact = false }: { cite: CitedText; compact?: boolean }) {
  return (
    <div className="rules-citation" data-testid="citation">
      <Link to={lawLink(cite.address)}>
        <Typography.Text code style={{ fontSize: 12 }}>{cite.address}</Typography.Text>
      </Link>
      {cite.text && (
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 13 }} ellipsis={compact ? { rows: 2, expandable: true } : false}>
          {cite.text}
        </Typography.Paragraph>
      )}
    </div>
  );
}
