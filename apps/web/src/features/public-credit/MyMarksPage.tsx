import { useState } from 'react';
import { Card, Empty, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useFormat } from '../../i18n/format-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { MarkDetails } from './MarkDetails';
import { fetchMyMarks } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';
import { ObjectionForm } from './ObjectionForm';
import { ObjectionsCard } from './ObjectionsCard';
import { RepairForm } from './RepairForm';
import { RepairTimeline } from './RepairTimeline';
import { PUBLIC_MARKS_PATH } from './public-credit-paths';

/** 我的信用记录: the enterprise's own marks explained, and its repair applications (社会信用条例 第三十九条、第七十九—八十二条). */
export function MyMarksPage() {
  const t = useMessages(publicCreditMessages);
  const { pick } = useI18n();
  const fmt = useFormat();
  const [version, setVersion] = useState(0);
  const { data, error, isLoading, reload } = useApi(() => fetchMyMarks(), [version]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  const refresh = () => setVersion((v) => v + 1);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="my-credit-marks">
      <Card title={t('pc.mine.title')} loading={isLoading}>
        <Typography.Paragraph>{t('pc.mine.intro')} <Link to={PUBLIC_MARKS_PATH} style={{ textDecoration: 'underline' }}>{t('pc.menu.public')}</Link></Typography.Paragraph>
        {data && data.items.length === 0 && <Empty description={t('pc.mine.empty')} />}
        {data && <Typography.Text type="secondary">{t('pc.repair.articles', { articles: fmt.list(data.repairArticles.map((a) => a.citation)) })}</Typography.Text>}
      </Card>
      {data?.items.map((m) => (
        <Card key={m.markId} title={fmt.clauses([pick(m.kindLabel), m.decidedOn])} data-testid="my-credit-mark">
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <MarkDetails mark={m} />
            {m.repair.canApply && (
              <Card size="small" type="inner" title={t('pc.repair.title')}>
                <RepairForm markId={m.markId} measures={data.measures} onDone={refresh} />
              </Card>
            )}
            {!m.repair.canApply && m.repair.from && <Typography.Text type="secondary">{t('pc.repair.canApplyFrom', { date: m.repair.from })}</Typography.Text>}
            {!m.repair.canApply && !m.repair.from && m.repair.reason && <Typography.Text type="secondary">{pick(m.repair.reason)}</Typography.Text>}
            <RepairTimeline items={m.applications} onChange={refresh} />
            <ObjectionsCard markId={m.markId} version={version} />
            <Card size="small" type="inner" title={t('pc.objection.title')}>
              <Typography.Paragraph type="secondary">{t('pc.objection.intro')}</Typography.Paragraph>
              <ObjectionForm markId={m.markId} onDone={refresh} />
            </Card>
          </Space>
        </Card>
      ))}
    </Space>
  );
}
