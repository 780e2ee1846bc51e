import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import { PaperClipOutlined } from '@ant-design/icons';
import { attachmentUrl, type ConsultationComment } from './consultation-api';
import { formatBytes } from './comment-attachment';
import { consultationMessages } from './consultation-messages';

/**
 * Comments as text (React escapes them: HTML or script in a comment shows as typed). A hidden
 * comment shows why it was hidden; answers show once the feedback is published (or to the owner).
 */
export function CommentList({ consultationId, comments, onWithdraw, actions }: {
  /** Needed for attachment links (the author and the owning department see them). */
  consultationId?: string;
  comments: readonly ConsultationComment[];
  onWithdraw?: (c: ConsultationComment) => void;
  actions?: (c: ConsultationComment) => React.ReactNode;
}) {
  const t = useMessages(consultationMessages);
  if (comments.length === 0) return <Empty description={t('c.noComments')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List
      itemLayout="vertical"
      dataSource={[...comments]}
      renderItem={(c) => (
        <List.Item key={c.commentId} data-testid={`comment-${c.commentId}`} actions={[
          ...(c.canChange && onWithdraw ? [<Button key="w" size="small" onClick={() => onWithdraw(c)}>{t('c.withdraw')}</Button>] : []),
          ...(actions ? [<span key="a">{actions(c)}</span>] : []),
        ]}>
          <Space wrap>
            <Tag color="blue" data-testid="comment-anchor">{c.citation}</Tag>
            <Typography.Text type="secondary">{c.author.name ?? c.author.kindLabel}</Typography.Text>
            <Typography.Text type="secondary">{c.submittedAt.slice(0, 16).replace('T', ' ')}</Typography.Text>
            {c.isWithdrawn && <Tag>{t('c.withdrawn')}</Tag>}
            {c.opinion && c.opinion.supporters > 1 && c.opinion.isLead && <Tag color="purple">{t('c.supporters', { n: c.opinion.supporters })}</Tag>}
          </Space>
          {c.hidden && <Typography.Paragraph type="warning" data-testid="comment-hidden">{t('c.hidden', { reason: c.hidden.reason })}</Typography.Paragraph>}
          {c.text !== null && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }} data-testid="comment-text">{c.text}</Typography.Paragraph>}
          {c.proposedWording && <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>{t('c.proposed')}{c.proposedWording}</Typography.Paragraph>}
          {c.attachment && consultationId && (
            <Typography.Paragraph>
              <a href={attachmentUrl(consultationId, c.attachment.id)} data-testid="comment-attachment-link"><PaperClipOutlined /> {c.attachment.name}</a>
              <Typography.Text type="secondary"> {formatBytes(c.attachment.bytes)}</Typography.Text>
            </Typography.Paragraph>
          )}
          {c.answer && (
            <Typography.Paragraph data-testid="comment-answer">
              <Tag color={c.answer.outcome === 'ADOPTED' ? 'green' : c.answer.outcome === 'PARTLY_ADOPTED' ? 'cyan' : 'default'}>{t(`c.outcome.${c.answer.outcome}`)}</Tag>
              {c.answer.reason}
            </Typography.Paragraph>
          )}
        </List.Item>
      )}
    />
  );
}
