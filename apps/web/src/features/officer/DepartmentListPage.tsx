import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useApi } from '../../api/use-api';
import { fetchDepartments } from '../../api/departments';
import type { Department } from '../../api/types';
import { departmentPath } from '../../app/navigation';
import { LoadFailure } from '../errors/LoadFailure';
import { useJurisdictionName } from './use-jurisdiction-name';
import { CodeText } from '../../app/CodeText';

/** `/departments`: every department of the jurisdiction. */
export function DepartmentListPage() {
  const { t, pick } = useI18n();
  const jurisdictionName = useJurisdictionName();
  const list = useApi(() => fetchDepartments(), []);
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('nav.departments')}</Typography.Title>}>
      {list.error ? (
        <LoadFailure error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Department>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="department-table"
          columns={[
            {
              title: t('department.name'),
              key: 'name',
              render: (_, row) => <Link to={departmentPath(row.id)}>{pick(row.name)}</Link>,
            },
            { title: t('department.id'), dataIndex: 'id', key: 'id', render: (id: string) => <CodeText>{id}</CodeText> },
            { title: t('department.jurisdiction'), dataIndex: 'jurisdiction', key: 'jurisdiction', render: (id: string) => jurisdictionName(id) },
          ]}
        />
      )}
    </Card>
  );
}
