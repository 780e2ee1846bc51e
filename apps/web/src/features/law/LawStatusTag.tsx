import { Tag } from 'antd';
import type { LawStatus } from './law-api';
import { STATUS_COLORS, useLawText } from './use-law-text';

export function LawStatusTag({ status }: { status: LawStatus }) {
  const { status: label } = useLawText();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="law-status" data-status={status}>
      {label(status)}
    </Tag>
  );
}
