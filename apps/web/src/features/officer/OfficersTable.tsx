import { Table, Tag } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import type { Officer } from '../../api/types';
import { CodeText } from '../../app/CodeText';

export function OfficersTable({ officers }: { officers: readonly Officer[] }) {
  const { t } = useI18n();
  return (
    <Table<Officer>
      rowKey="id"
      size="middle"
      dataSource={[...officers]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('department.noOfficers') }}
      data-testid="officers-table"
      columns={[
        { title: t('department.officerName'), dataIndex: 'displayName', key: 'name' },
        { title: t('department.username'), dataIndex: 'username', key: 'username', render: (u: string) => <CodeText>{u}</CodeText> },
        { title: t('department.role'), dataIndex: 'role', key: 'role', render: (role: Officer['role']) => <Tag>{t(`role.${role}`)}</Tag> },
      ]}
    />
  );
}
