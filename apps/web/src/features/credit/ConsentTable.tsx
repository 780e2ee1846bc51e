import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { receiptPdfUrl, receiptUrl, revokeConsent, type ConsentView } from './credit-api';
import { creditMessages } from './credit-messages';
import { bankEnterprisePath } from './credit-paths';

const STATUS_COLOR = { ACTIVE: 'green', NOT_YET_STARTED: 'blue', EXPIRED: 'default', REVOKED: 'red' } as const;

/** Consents: for the enterprise with revoke and receipt; for the bank with the enterprise and a link to its data. */
export function ConsentTable({ consents, isLoading, viewer, onChanged }: { consents: ConsentView[]; isLoading: boolean; viewer: 'ENTERPRISE' | 'INSTITUTION'; onChanged?: () => void }) {
  const t = useMessages(creditMessages);
  const { language, pick } = useI18n();
  const purposeOf = (c: ConsentView) => (c.purpose.kind === 'PRODUCT' ? `${c.purpose.productName} · ${c.purpose.text}` : c.purpose.text);
  return (
    <Table<ConsentView>
      rowKey="consentId" size="small" loading={isLoading} dataSource={consents} pagination={{ pageSize: 10 }} locale={{ emptyText: t('credit.consent.empty') }}
      onRow={(c) => ({ 'data-testid': `consent-${c.consentId}` }) as object}
      columns={[
        viewer === 'ENTERPRISE'
          ? { title: t('credit.consent.institution'), render: (_, c) => (c.institutionName ? pick(c.institutionName) : c.institutionId) }
          : { title: t('credit.consent.col.enterprise'), dataIndex: 'enterpriseName' },
        {
          title: t('credit.consent.scopes'),
          render: (_, c) => <Space size={[0, 4]} wrap>{c.scopes.map((s) => <Tag key={s.scope}>{`${pick(s.label)} · ${t(`credit.consent.access.${s.access}`)}`}</Tag>)}</Space>,
        },
        { title: t('credit.consent.col.purpose'), render: (_, c) => purposeOf(c) },
        { title: t('credit.consent.col.period'), render: (_, c) => t('credit.consent.period', { start: c.startDate, end: c.endDate }) },
        { title: t('credit.consent.status'), render: (_, c) => <Tag data-testid="consent-status" color={STATUS_COLOR[c.status]}>{pick(c.statusLabel)}</Tag> },
        {
          title: '',
          render: (_, c) => (
            <Space>
              {viewer === 'ENTERPRISE' && c.canRevoke && (
                <Popconfirm title={t('credit.consent.revokeConfirm')} onConfirm={async () => { await revokeConsent(c.consentId); onChanged?.(); }}>
                  <Button size="small" danger data-testid="consent-revoke">{t('credit.consent.revoke')}</Button>
                </Popconfirm>
              )}
              {viewer === 'INSTITUTION' && c.status === 'ACTIVE' && <Link to={bankEnterprisePath(c.uscc)} data-testid="consent-open">{t('credit.consent.open')}</Link>}
              <a href={receiptUrl(c.consentId)} download title={formatTimestamp(c.grantedAt, language)}>{t('credit.consent.receipt')}</a>
              <a href={receiptPdfUrl(c.consentId)} download>{t('credit.consent.receiptPdf')}</a>
            </Space>
          ),
        },
      ]}
    />
  );
}
