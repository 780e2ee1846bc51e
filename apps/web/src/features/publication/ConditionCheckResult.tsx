import { Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { publicationMessages } from './publication-messages';
import type { CheckState } from './use-condition-check';

/** The text around an error position, the character at it marked. */
function Excerpt({ text, offset }: { text: string; offset: number }) {
  const at = Math.max(0, Math.min(offset, text.length));
  const from = Math.max(0, at - 30);
  return (
    <code style={{ display: 'block', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} data-testid="check-excerpt">
      {from > 0 ? '…' : ''}
      {text.slice(from, at)}
      <mark style={{ background: '#ffccc7', padding: 0 }}>{text.slice(at, at + 1) || ' '}</mark>
      {text.slice(at + 1, at + 30)}
      {at + 30 < text.length ? '…' : ''}
    </code>
  );
}

/** Under a condition field: checking…, ✓, or the server's message with the character position. */
export function ConditionCheckResult({ check, text, testId }: { check: CheckState; text: string; testId: string }) {
  const t = useMessages(publicationMessages);
  const { pick, language } = useI18n();
  switch (check.state) {
    case 'IDLE':
      return null;
    case 'CHECKING':
      return <Typography.Text type="secondary" data-testid={testId} data-state="CHECKING"><LoadingOutlined /> {t('publication.check.checking')}</Typography.Text>;
    case 'OK':
      return <Typography.Text type="success" data-testid={testId} data-state="OK"><CheckCircleOutlined /> {t('publication.check.ok')}</Typography.Text>;
    case 'INVALID':
      return (
        <div data-testid={testId} data-state="INVALID" data-offset={check.offset}>
          <Typography.Text type="danger"><CloseCircleOutlined /> {pick(check.message)}</Typography.Text>
          <Excerpt text={text} offset={check.offset} />
        </div>
      );
    case 'FAILED':
      return <Typography.Text type="warning" data-testid={testId} data-state="FAILED">{t('publication.check.failed', { message: errorMessage(check.error, language) })}</Typography.Text>;
  }
}
