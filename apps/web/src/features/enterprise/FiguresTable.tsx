import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/use-i18n';
import type { YearlyFigures } from '../../api/types';
import { formatCount } from '../../format/money';
import { MoneyCell } from './MoneyCell';

interface Props {
  figures: readonly YearlyFigures[];
  canEdit: boolean;
  onEdit(figures: YearlyFigures): void;
}

/** One row per fiscal year, newest first; amounts in 万元. */
export function FiguresTable({ figures, canEdit, onEdit }: Props) {
  const { t } = useI18n();
  const wan = t('unit.wanYuan');
  const withUnit = (label: string, unit: string) => t('format.withUnit', { label, unit });
  const columns: ColumnsType<YearlyFigures> = [
    { title: t('figures.year'), dataIndex: 'year', key: 'year', width: 90, sorter: (a, b) => a.year - b.year },
    {
      title: withUnit(t('figures.employees'), t('figures.employeesUnit')),
      dataIndex: 'employees',
      key: 'employees',
      align: 'right',
      render: (value: number) => <span data-testid="employees-cell">{formatCount(value)}</span>,
    },
    { title: withUnit(t('figures.revenue'), wan), key: 'revenue', align: 'right', render: (_, row) => <MoneyCell fen={row.revenueFen} /> },
    { title: withUnit(t('figures.totalAssets'), wan), key: 'assets', align: 'right', render: (_, row) => <MoneyCell fen={row.totalAssetsFen} /> },
    { title: withUnit(t('figures.rdExpense'), wan), key: 'rd', align: 'right', render: (_, row) => <MoneyCell fen={row.rdExpenseFen} /> },
    {
      title: withUnit(t('figures.mainBusinessRevenue'), wan),
      key: 'main',
      align: 'right',
      render: (_, row) => <MoneyCell fen={row.mainBusinessRevenueFen} />,
    },
  ];
  if (canEdit) {
    columns.push({
      title: t('figures.actions'),
      key: 'actions',
      width: 100,
      render: (_, row) => (
        <Button type="link" icon={<EditOutlined />} onClick={() => onEdit(row)} data-testid={`edit-figures-${row.year}`}>
          {t('figures.edit')}
        </Button>
      ),
    });
  }
  const rows = [...figures].sort((a, b) => b.year - a.year);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('figures.unitNote')}</Typography.Paragraph>
      <Table<YearlyFigures>
        rowKey="year"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('figures.empty') }}
        data-testid="figures-table"
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
