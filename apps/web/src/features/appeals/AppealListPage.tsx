import { Button, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchCases } from './appeals-api';
import { appealsMessages, type AppealsMessageKey } from './appeals-messages';
import { APPEALS_PATHS } from './appeals-paths';
import { CaseTable } from './CaseTable';

/**
 * 我的诉求 (enterprise), 诉求受理 (SME bureau: cases it received or leads) and 诉求办理 (departments:
 * cases dispatched to them). The server decides which cases each user may list.
 */
export function AppealListPage({ titleKey, canSubmit = false, canSeeAll = false }: { titleKey: AppealsMessageKey; canSubmit?: boolean; canSeeAll?: boolean }) {
  const t = useMessages(appealsMessages);
  const [view, setView] = useState<'mine' | 'all'>('mine');
  const state = useApi(() => fetchCases({ view, pageSize: 200 }), [view]);
  return (
    <div data-testid="appeal-list-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t(titleKey)}</Typography.Title>
        <Space>
          {canSeeAll && (
            <Segmented<'mine' | 'all'>
              value={view}
              onChange={setView}
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
      {state.error ? <LoadFailure error={state.error} onRetry={state.reload} /> : <CaseTable testId="appeal-table" items={state.data?.items ?? []} loading={state.isLoading} />}
    </div>
  );
}
