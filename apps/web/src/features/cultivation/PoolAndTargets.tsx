import { useState } from 'react';
import { Card, Progress, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useFormat } from '../../i18n/format-messages';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPool, fetchTargets, TIERS, type PoolItem, type TargetProgress, type Tier } from './cultivation-api';
import { cultivationMessages } from './cultivation-messages';

/** 培育库 (nearest enterprises to a tier) and the year's targets with progress, for the officers' console. */
export function PoolAndTargets() {
  const t = useMessages(cultivationMessages);
  const { pick } = useI18n();
  const fmt = useFormat();
  const [tier, setTier] = useState<Tier>('SPECIALIZED');
  const year = new Date().getFullYear();
  const pool = useApi(() => fetchPool(tier), [tier]);
  const targets = useApi(() => fetchTargets(year), [year]);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('cv.targets.title')} extra={targets.data ? t('cv.targets.asOf', { date: targets.data.asOf }) : null} data-testid="cultivation-targets">
        {targets.error ? <LoadFailure error={targets.error} onRetry={targets.reload} /> : (
          <Table<TargetProgress>
            rowKey={(r) => `${r.tier}:${r.district}`} size="small" pagination={false} loading={targets.isLoading} dataSource={targets.data?.items ?? []} locale={{ emptyText: t('cv.targets.none') }}
            columns={[
              { title: t('cv.col.tier'), render: (_, r) => t(`cv.tier.${r.tier}`) },
              { title: t('cv.targets.area'), dataIndex: 'districtName' },
              { title: t('cv.targets.target'), dataIndex: 'target' },
              {
                title: t('cv.targets.progress'),
                render: (_, r) => {
                  const done = r.cumulative ? r.holding : r.recognisedInYear;
                  return (
                    <Space direction="vertical" size={0}>
                      <Progress percent={r.target > 0 ? Math.min(100, Math.round((done * 100) / r.target)) : 0} size="small" style={{ width: 160 }} />
                      <Typography.Text type="secondary">{[t('cv.targets.holding', { n: r.holding }), t('cv.targets.inYear', { n: r.recognisedInYear }), t('cv.targets.inProgress', { n: r.inProgress })].join(' · ')}</Typography.Text>
                    </Space>
                  );
                },
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('cv.pool.title')} data-testid="cultivation-pool">
        <Typography.Paragraph>{t('cv.pool.intro')}</Typography.Paragraph>
        <Segmented<Tier> value={tier} onChange={setTier} options={TIERS.map((x) => ({ value: x, label: t(`cv.tier.${x}`) }))} />
        {pool.error ? <LoadFailure error={pool.error} onRetry={pool.reload} /> : (
          <>
            <Space wrap style={{ margin: '12px 0' }}>{(pool.data?.byDistance ?? []).map((d) => <Tag key={d.distance}>{t('cv.pool.distanceCount', { distance: d.distance, count: d.count })}</Tag>)}</Space>
            <Table<PoolItem>
              rowKey="uscc" size="small" loading={pool.isLoading} dataSource={pool.data?.items ?? []} pagination={{ pageSize: 10 }}
              columns={[
                { title: t('cv.col.enterprise'), render: (_, p) => <Space>{p.name ?? p.uscc}{p.holdsTier && <Tag color="green">{t('cv.pool.holds')}</Tag>}</Space> },
                { title: t('cv.pool.distance'), dataIndex: 'distance' },
                { title: t('cv.pool.unmet'), render: (_, p) => fmt.clauses(p.unmetCriteria.map((c) => pick(c.label))) },
              ]}
            />
          </>
        )}
      </Card>
    </Space>
  );
}
