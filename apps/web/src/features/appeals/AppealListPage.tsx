import { Button, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { formatCount } from '../../format/money';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchCases } from './appeals-api';
import { appealsMessages, type AppealsMessageKey } from './appeals-messages';
import { APPEALS_PATHS } from './appeals-paths';
import { CaseTable } from './CaseTable';

/** Cases per page; the next page goes by key (the server's nextCursor), however deep. */
const PAGE_SIZE = 100;

/**
 * 我的诉求 (enterprise), 诉求受理 (SME bureau: cases it received or leads) and 诉求办理 (departments:
 * cases dispatched to them). The server decides which cases each user may list; pages follow each
 * other by key (下一页), a total past 10 000 is shown as an estimate.
 */
export function AppealListPage({ titleKey, canSubmit = false, canSeeAll = false }: { titleKey: AppealsMessageKey; canSubmit?: boolean; canSeeAll?: boolean }) {
  const t = useMessages(appealsMessages);
  const [view, setView] = useState<'mine' | 'all'>('mine');
  const [after, setAfter] = useState<string | undefined>(undefined);
  const state = useApi(() => fetchCases({ view, pageSize: PAGE_SIZE, ...(after ? { after } : {}) }), [view, after]);
  const data = state.data;
  const choose = (v: 'mine' | 'all') => {
    setView(v);
    setAfter(undefined);
  };
  return (
    <div data-testid="appeal-list-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t(titleKey)}</Typography.Title>
        <Space>
          {canSeeAll && (
            <Segmented<'mine' | 'all'>
              value={view}
              onChange={choose}
              options={[{ value: 'mine', label: t('appeals.view.mine') }, { value: 'all', label: t('appeals.view.all') }]}
            />
          )}
          {canSubmit && (
            <Link to={APPEALS_PATHS.submit}>
              <Button type="primary" data-testid="new-appeal">{t('appeals.new')}</Button>
            </Link>
          )}
        </Space>
      </Space>
      {state.error ? <LoadFailure error={state.error} onRetry={state.reload} /> : <CaseTable testId="appeal-table" items={data?.items ?? []} loading={state.isLoading} />}
      {data && (
        <Space style={{ marginTop: 12 }} wrap>
          <Typography.Text type="secondary" data-testid="appeal-total">
            {t(data.totalEstimated ? 'appeals.list.totalEstimated' : 'appeals.list.total', { total: formatCount(data.total) })}
          </Typography.Text>
          {after && <Button onClick={() => setAfter(undefined)} data-testid="appeal-from-start">{t('appeals.list.fromStart')}</Button>}
          {data.nextCursor && <Button type="primary" onClick={() => setAfter(data.nextCursor!)} data-testid="appeal-next-page">{t('appeals.list.next')}</Button>}
        </Space>
      )}
    </div>
  );
}
