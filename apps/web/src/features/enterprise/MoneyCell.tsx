import { Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { formatFenAsWanYuan, formatFenAsYuan } from '../../format/money';

/** An amount in 万元 with the exact amount in 元 on hover; "not reported" for a missing value. */
export function MoneyCell({ fen }: { fen: number | null | undefined }) {
  const { t } = useI18n();
  if (fen === null || fen === undefined) return <Typography.Text type="secondary">{t('figures.notRecorded')}</Typography.Text>;
  return (
    <Tooltip title={`${formatFenAsYuan(fen)} ${t('unit.yuan')}`}>
      <span className="money">{formatFenAsWanYuan(fen)}</span>
    </Tooltip>
  );
}
