import { lazy, Suspense, useState } from 'react';
import { Button, Card, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/use-i18n';
import { useApi } from '../../api/use-api';
import { fetchEnterprise } from '../../api/enterprises';
import type { YearlyFigures } from '../../api/types';
import { LoadFailure } from '../errors/LoadFailure';
import { EnterpriseProfile } from './EnterpriseProfile';
import { FiguresTable } from './FiguresTable';
import { FiguresEditModal } from './FiguresEditModal';
import { HistoryTable } from './HistoryTable';
import { ProfileEditModal } from './ProfileEditModal';

/** ECharts is loaded only when a chart is first shown. */
const FiguresChart = lazy(() => import('./FiguresChart').then((module) => ({ default: module.FiguresChart })));

/**
 * One enterprise: profile, yearly figures (editable when the server says so and the page allows it)
 * and version history. Used by the enterprise's own page and by the officers' read-only detail page.
 */
export function EnterpriseView({ uscc, allowEdit }: { uscc: string; allowEdit: boolean }) {
  const { t } = useI18n();
  const detail = useApi(() => fetchEnterprise(uscc), [uscc]);
  const [editing, setEditing] = useState<YearlyFigures | null>(null);
  const [isEditorOpen, setEditorOpen] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const [isProfileEditorOpen, setProfileEditorOpen] = useState(false);

  if (detail.error) return <LoadFailure error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;

  const { enterprise, figures, permissions } = detail.data;
  const canEdit = allowEdit && (permissions.canRecordFigures ?? permissions.canEdit);
  const canEditProfile = allowEdit && permissions.canEdit;
  const afterSave = () => {
    setSavedCount((n) => n + 1);
    detail.reload();
  };
  const openEditor = (row: YearlyFigures | null) => {
    setEditing(row);
    setEditorOpen(true);
  };

  return (
    <Card
      title={
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="enterprise-name">
            {enterprise.name}
          </Typography.Title>
          {!canEdit && <Tag>{t('enterprise.readOnly')}</Tag>}
        </Space>
      }
    >
      <Tabs
        defaultActiveKey="profile"
        items={[
          {
            key: 'profile',
            label: t('enterprise.profileTab'),
            children: (
              <>
                {canEditProfile && (
                  <div style={{ textAlign: 'right', marginBottom: 8 }}>
                    <Button icon={<EditOutlined />} onClick={() => setProfileEditorOpen(true)} data-testid="edit-profile">
                      {t('enterprise.editProfile')}
                    </Button>
                  </div>
                )}
                <EnterpriseProfile enterprise={enterprise} />
              </>
            ),
          },
          {
            key: 'figures',
            label: t('enterprise.figuresTab'),
            children: (
              <>
                {canEdit && (
                  <div style={{ textAlign: 'right', marginBottom: 8 }}>
                    <Button icon={<PlusOutlined />} onClick={() => openEditor(null)} data-testid="add-figures">
                      {t('figures.addYear')}
                    </Button>
                  </div>
                )}
                <FiguresTable figures={figures} canEdit={canEdit} onEdit={openEditor} />
                <Suspense fallback={<Skeleton active />}>
                  <FiguresChart figures={figures} />
                </Suspense>
              </>
            ),
          },
          { key: 'history', label: t('enterprise.historyTab'), children: <HistoryTable uscc={uscc} refreshKey={savedCount} /> },
        ]}
      />
      {canEdit && (
        <FiguresEditModal
          uscc={uscc}
          editing={editing}
          isOpen={isEditorOpen}
          takenYears={figures.map((row) => row.year)}
          onClose={() => setEditorOpen(false)}
          onSaved={() => {
            setEditorOpen(false);
            afterSave();
          }}
        />
      )}
      {canEditProfile && (
        <ProfileEditModal
          enterprise={enterprise}
          canEditTags={permissions.canEditTags ?? false}
          isOpen={isProfileEditorOpen}
          onClose={() => setProfileEditorOpen(false)}
          onSaved={() => {
            setProfileEditorOpen(false);
            afterSave();
          }}
        />
      )}
    </Card>
  );
}
