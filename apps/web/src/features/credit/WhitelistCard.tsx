import { Card, Table, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchWhitelist, type WhitelistEdition } from './credit-api';
import { creditMessages } from './credit-messages';

/** 产融合作白名单 in force today (Beijing date), for banks and the bureau, with the article it rests on. */
export function WhitelistCard({ version = 0 }: { version?: number }) {
  const t = useMessages(creditMessages);
  const { data, error, isLoading, reload } = useApi(() => fetchWhitelist(), [version]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  const cur = data?.current ?? null;
  const latest = data?.latest ?? null;
  return (
    <Card title={t('credit.whitelist.title')} data-testid="whitelist-card" loading={isLoading}>
      <Typography.Paragraph>
        {cur ? t('credit.whitelist.current', { no: cur.editionNo, from: cur.validFrom, until: cur.validUntil, count: cur.entries.length }) : t('credit.whitelist.none')}
      </Typography.Paragraph>
      {latest && latest.editionNo !== cur?.editionNo && (
        <Typography.Paragraph type="secondary">{t('credit.whitelist.latest', { no: latest.editionNo, from: latest.validFrom, until: latest.validUntil })}</Typography.Paragraph>
      )}
      {cur && (
        <Table<WhitelistEdition['entries'][number]>
          rowKey="uscc" size="small" dataSource={cur.entries} pagination={{ pageSize: 10 }}
          columns={[{ title: t('credit.whitelist.enterprise'), dataIndex: 'enterpriseName' }]}
        />
      )}
      <Typography.Text type="secondary">{t('credit.whitelist.basis')}</Typography.Text>
    </Card>
  );
}
