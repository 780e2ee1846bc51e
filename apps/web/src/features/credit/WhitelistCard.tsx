import { useState } from 'react';
import { Alert, Button, Card, Input, Popconfirm, Table, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useFormat } from '../../i18n/format-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { cosignEdition, fetchRemovals, fetchWhitelist, removeFromWhitelist, type WhitelistEdition, type WhitelistRemoval } from './credit-api';
import { creditMessages } from './credit-messages';

/**
 * 产融合作白名单 in force today (Beijing date), for banks, the bureau and the financial regulator, with the
 * article it rests on. The bureau removes an enterprise with a reason (and sees the removals); the
 * regulator's department co-signs the latest edition (联合建立), which takes effect once co-signed.
 */
export function WhitelistCard({ version = 0, canRemove = false, canCosign = false }: { version?: number; canRemove?: boolean; canCosign?: boolean }) {
  const t = useMessages(creditMessages);
  const f = useFormat();
  const { language, pick } = useI18n();
  const [changed, setChanged] = useState(0);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const { data, error, isLoading, reload } = useApi(() => fetchWhitelist(), [version, changed]);
  const removals = useApi(() => (canRemove ? fetchRemovals() : Promise.resolve({ items: [] as WhitelistRemoval[] })), [canRemove, changed]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  const act = async (fn: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await fn();
      setReason('');
      setChanged((v) => v + 1);
    } catch (e) {
      setFailure(e);
    }
  };
  const cur = data?.current ?? null;
  const latest = data?.latest ?? null;
  return (
    <Card title={t('credit.whitelist.title')} data-testid="whitelist-card" loading={isLoading}>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>
        {cur ? t('credit.whitelist.current', { no: cur.editionNo, from: cur.validFrom, until: cur.validUntil, count: cur.entries.length }) : t('credit.whitelist.none')}
      </Typography.Paragraph>
      {latest && latest.editionNo !== cur?.editionNo && (
        <Typography.Paragraph type="secondary">{t('credit.whitelist.latest', { no: latest.editionNo, from: latest.validFrom, until: latest.validUntil })}</Typography.Paragraph>
      )}
      {latest && latest.cosigns.length > 0 && <Typography.Paragraph type="secondary" data-testid="whitelist-cosigned">{t('credit.whitelist.cosigned', { names: f.list(latest.cosigns.map((c) => pick(c.departmentName))) })}</Typography.Paragraph>}
      {latest?.awaitingCosign && (
        <Alert
          type="warning" showIcon style={{ marginBottom: 12 }} data-testid="whitelist-awaiting-cosign" title={t('credit.whitelist.awaitingCosign')}
          action={canCosign ? <Button size="small" type="primary" data-testid="whitelist-cosign" onClick={() => act(() => cosignEdition(latest.editionNo))}>{t('credit.whitelist.cosign')}</Button> : undefined}
        />
      )}
      {cur && (
        <Table<WhitelistEdition['entries'][number]>
          rowKey="uscc" size="small" dataSource={cur.entries} pagination={{ pageSize: 10 }}
          onRow={(e) => ({ 'data-testid': `whitelist-entry-${e.uscc}` }) as object}
          columns={[
            { title: t('credit.whitelist.enterprise'), dataIndex: 'enterpriseName' },
            ...(canRemove ? [{
              title: '',
              render: (_: unknown, e: WhitelistEdition['entries'][number]) => (
                <Popconfirm
                  title={<Input placeholder={t('credit.whitelist.removeReason')} value={reason} onChange={(x) => setReason(x.target.value)} data-testid="whitelist-remove-reason" />}
                  onConfirm={() => act(() => removeFromWhitelist(e.uscc, reason))}
                >
                  <Button size="small" danger data-testid="whitelist-remove">{t('credit.whitelist.remove')}</Button>
                </Popconfirm>
              ),
            }] : []),
          ]}
        />
      )}
      {canRemove && (removals.data?.items.length ?? 0) > 0 && (
        <Table<WhitelistRemoval>
          title={() => t('credit.whitelist.removals')} rowKey="removalId" size="small" dataSource={removals.data?.items ?? []} pagination={{ pageSize: 5 }}
          columns={[
            { title: t('credit.whitelist.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('credit.whitelist.reason'), dataIndex: 'reason' },
            { title: t('credit.whitelist.removedAt'), render: (_, r) => formatTimestamp(r.removedAt, language) },
          ]}
        />
      )}
      <Typography.Text type="secondary">{t('credit.whitelist.basis')}</Typography.Text>
    </Card>
  );
}
