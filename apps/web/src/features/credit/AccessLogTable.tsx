import { useEffect, useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchAccessLog, type AccessEntryView } from './credit-api';
import { creditMessages } from './credit-messages';

const REFRESH_MS = 20_000;

/**
 * 使用记录: every read and verification question, allowed or refused, newest first, a page at a time
 * (older pages by key). The enterprise sees who looked; the bank and the bureau see whom they looked at.
 */
export function AccessLogTable({ showEnterprise, refusedOnly = false, version = 0 }: { showEnterprise: boolean; refusedOnly?: boolean; version?: number }) {
  const t = useMessages(creditMessages);
  const { language, pick } = useI18n();
  const [before, setBefore] = useState<number | undefined>(undefined);
  const { data, error, isLoading, reload } = useApi(() => fetchAccessLog({ before, refusedOnly }), [before, refusedOnly, version]);
  // 实时: the first page is read again every 20 s while the tab is visible (older pages stay as they are).
  useEffect(() => {
    if (before !== undefined) return undefined;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [before, reload]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  const answerText = (e: AccessEntryView) => t(`credit.bool.${e.answer === 'YES' ? 'yes' : 'no'}`);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<AccessEntryView>
        rowKey="entryId" size="small" loading={isLoading} dataSource={data?.items ?? []} pagination={false} locale={{ emptyText: t('credit.log.empty') }}
        onRow={(e) => ({ 'data-testid': `access-${e.outcome}` }) as object}
        columns={[
          { title: t('credit.log.when'), render: (_, e) => formatTimestamp(e.at, language) },
          showEnterprise
            ? { title: t('credit.demand.enterprise'), render: (_, e) => e.enterpriseName ?? e.uscc }
            : { title: t('credit.log.who'), render: (_, e) => `${pick(e.institutionName)} · ${e.userDisplayName}` },
          { title: t('credit.log.what'), render: (_, e) => e.scopeLabels.map(pick).join(t('credit.separator')) },
          { title: t('credit.log.why'), render: (_, e) => e.purposeText ?? '' },
          {
            title: t('credit.log.result'),
            render: (_, e) => e.outcome === 'REFUSED'
              ? <Tag color="red">{t('credit.log.refused', { reason: e.reasonLabel ? pick(e.reasonLabel) : '' })}</Tag>
              : <Tag color="green">{e.action === 'VERIFY' && e.answer ? (e.answer === 'UNKNOWN' ? t('credit.log.verified', { answer: '?' }) : t('credit.log.verified', { answer: answerText(e) })) : t('credit.log.allowed')}</Tag>,
          },
        ]}
      />
      {data?.next && <Button size="small" onClick={() => setBefore(data.next ?? undefined)}>{t('credit.log.more')}</Button>}
    </Space>
  );
}
