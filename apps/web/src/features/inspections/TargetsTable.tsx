import { Table } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import type { Target } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { isGrade } from './labels';
import { useFormat } from '../../i18n/format-messages';

/** Drawn targets: enterprise, risk grade, rank in its grade, and (for officials) the inspectors drawn. */
export function TargetsTable({ targets, showInspectors }: { targets: readonly Target[]; showInspectors: boolean }) {
  const t = useMessages(inspectionsMessages);
  const f = useFormat();
  return (
    <Table<Target>
      rowKey="uscc"
      size="small"
      data-testid="inspection-targets"
      dataSource={[...targets]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        { title: t('insp.col.enterprise'), render: (_: unknown, x) => <span>{x.enterpriseName ?? ''}<br /><small>{x.uscc}</small></span> },
        { title: t('insp.col.grade'), render: (_: unknown, x) => (isGrade(x.stratum) ? t(`insp.grade.${x.stratum}`) : x.stratum) },
        { title: t('insp.col.rank'), dataIndex: 'rank' },
        ...(showInspectors ? [{ title: t('insp.col.inspectors'), render: (_: unknown, x: Target) => f.list(x.inspectors.map((i) => i.name ?? '')) }] : []),
      ]}
    />
  );
}
