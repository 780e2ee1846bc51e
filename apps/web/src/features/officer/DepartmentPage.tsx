import { Card, Descriptions, Skeleton, Typography } from 'antd';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useApi } from '../../api/use-api';
import { fetchDepartment } from '../../api/departments';
import { LoadFailure } from '../errors/LoadFailure';
import { NotFoundResult } from '../errors/NotFoundResult';
import { OfficersTable } from './OfficersTable';
import { useJurisdictionName } from './use-jurisdiction-name';
import { CodeText } from '../../app/CodeText';

/** `/departments/:id`: one department and its officers; another department's officer sees the 403 page. */
export function DepartmentPage() {
  const { id } = useParams();
  const { t, pick } = useI18n();
  const jurisdictionName = useJurisdictionName();
  const detail = useApi(() => (id ? fetchDepartment(id) : Promise.reject(new Error('no id'))), [id]);
  if (!id) return <NotFoundResult />;
  if (detail.error) return <LoadFailure error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Card><Skeleton active /></Card>;
  const { department, officers } = detail.data;
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }} data-testid="department-name">{pick(department.name)}</Typography.Title>}>
      <Descriptions
        bordered
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 24 }}
        items={[
          { key: 'name', label: t('department.name'), children: pick(department.name) },
          { key: 'id', label: t('department.id'), children: <CodeText>{department.id}</CodeText> },
          { key: 'jurisdiction', label: t('department.jurisdiction'), children: jurisdictionName(department.jurisdiction) },
          {
            key: 'kind',
            label: t('department.kind'),
            children: department.isSmeBureau ? t('department.kindSmeBureau') : t('department.kindOther'),
          },
        ]}
      />
      <Typography.Title level={5}>{t('department.officers')}</Typography.Title>
      <OfficersTable officers={officers} />
    </Card>
  );
}
