import { Card, Table, Typography } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import type { ApplicationSummary } from './cultivation-api';
import { cultivationMessages } from './cultivation-messages';

/** The enterprise's applications with their status and, once recognised, the certificate and its validity. */
export function MyApplications({ items, loading }: { items: ApplicationSummary[]; loading: boolean }) {
  const t = useMessages(cultivationMessages);
  return (
    <Card title={t('cv.mine.title')} data-testid="cultivation-mine">
      <Table<ApplicationSummary>
        rowKey="applicationId" size="small" loading={loading} dataSource={items} pagination={{ pageSize: 10 }} locale={{ emptyText: t('cv.empty') }}
        columns={[
          { title: t('cv.col.tier'), render: (_, a) => t(`cv.tier.${a.tier}`) },
          { title: t('cv.col.status'), render: (_, a) => <span data-testid="mine-status">{t(`cv.st.${a.status}` as Parameters<typeof t>[0])}</span> },
          {
            title: t('cv.col.certificate'),
            render: (_, a) => (a.certificateNumber ? <Typography.Text data-testid="mine-certificate">{t('cv.validity', { number: a.certificateNumber, from: a.validFrom ?? '', until: a.validUntil ?? '' })}{a.tier !== 'SPECIALIZED' ? t('cv.validity.unverified') : ''}</Typography.Text> : '—'),
          },
        ]}
      />
    </Card>
  );
}
