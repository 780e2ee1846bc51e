import { Empty, Table } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { formatCount } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { ReachView } from './publication-api';
import { publicationMessages } from './publication-messages';
import { groupRows, REACH_STATUSES, reachChartOption, SIZE_KEYS, type GroupKind, type GroupRow } from './reach-view';

const isSizeKey = (k: string): k is (typeof SIZE_KEYS)[number] => (SIZE_KEYS as readonly string[]).includes(k);

/** One breakdown of a preview (by district, industry section or size class): a stacked bar chart and its table. */
export function ReachBreakdown({ view, kind }: { view: ReachView; kind: GroupKind }) {
  const t = useMessages(publicationMessages);
  const { language } = useI18n();
  // `t` is a new function on every render; the language says when its texts change.
  const rows = useMemo(() => groupRows(view, kind, language, (k) => (isSizeKey(k) ? t(`publication.size.${k}`) : k)), [view, kind, language]);
  const option = useMemo(
    () => reachChartOption(rows, { eligible: t('publication.reach.eligible'), unknown: t('publication.reach.unknown'), ineligible: t('publication.reach.ineligible'), outside: t('publication.reach.outside') }),
    [rows],
  );
  if (rows.length === 0) return <Empty description={t('publication.reach.noGroups')} />;
  return (
    <div>
      <EChart option={option} height={300} testId={`reach-chart-${kind}`} />
      <Table<GroupRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        data-testid={`reach-table-${kind}`}
        columns={[
          { title: t('publication.reach.group'), dataIndex: 'label' },
          ...REACH_STATUSES.map((s) => ({ title: t(`publication.reach.${s}`), dataIndex: s, align: 'right' as const, render: (v: number) => formatCount(v) })),
          { title: t('publication.reach.total'), dataIndex: 'total', align: 'right' as const, render: (v: number) => formatCount(v) },
        ]}
      />
    </div>
  );
}
