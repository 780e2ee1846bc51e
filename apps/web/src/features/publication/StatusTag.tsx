import { Tag } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import type { DraftStatus } from './publication-api';
import { publicationMessages } from './publication-messages';

const COLORS: Record<DraftStatus, string> = { DRAFTED: 'default', SUBMITTED_FOR_REVIEW: 'processing', PUBLISHED: 'green', AMENDED: 'gold', WITHDRAWN: 'error' };

/** The lifecycle status of a policy version, coloured. */
export function StatusTag({ status, testId }: { status: DraftStatus; testId?: string }) {
  const t = useMessages(publicationMessages);
  return <Tag color={COLORS[status]} data-testid={testId} data-status={status}>{t(`publication.status.${status}`)}</Tag>;
}
