import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchNominations, publishWhitelist, reviewNomination, type WhitelistNomination } from './credit-api';
import { creditMessages } from './credit-messages';

/** The SME bureau reviews the departments' nominations for the 产融合作白名单 and publishes an edition with its validity period. */
export function WhitelistReviewCard({ onPublished }: { onPublished: () => void }) {
  const t = useMessages(creditMessages);
  const { language, pick } = useI18n();
  const [version, setVersion] = useState(0);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const nominations = useApi(() => fetchNominations(), [version]);
  const act = async (fn: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await fn();
      setVersion((v) => v + 1);
      return true;
    } catch (e) {
      setFailure(e);
      return false;
    }
  };
  if (nominations.error) return <LoadFailure error={nominations.error} onRetry={nominations.reload} />;
  const decision = (n: WhitelistNomination) => {
    if (n.review) return <Tag color={n.review.decision === 'ACCEPTED' ? 'green' : 'red'}>{t(`credit.whitelist.${n.review.decision}`)}{n.review.reason ? t('credit.separator') + n.review.reason : ''}</Tag>;
    return (
      <Space>
        <Tag>{t('credit.whitelist.pending')}</Tag>
        <Button size="small" type="primary" data-testid="whitelist-accept" onClick={() => act(() => reviewNomination(n.nominationId, 'ACCEPTED'))}>{t('credit.whitelist.accept')}</Button>
        <Popconfirm
          title={<Input placeholder={t('credit.whitelist.refuseReason')} value={reason} onChange={(e) => setReason(e.target.value)} />}
          onConfirm={async () => { if (await act(() => reviewNomination(n.nominationId, 'REFUSED', reason))) setReason(''); }}
        >
          <Button size="small">{t('credit.whitelist.refuse')}</Button>
        </Popconfirm>
      </Space>
    );
  };
  return (
    <Card title={t('credit.whitelist.review')} data-testid="whitelist-review">
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
      <Table<WhitelistNomination>
        rowKey="nominationId" size="small" loading={nominations.isLoading} dataSource={nominations.data?.items ?? []} pagination={{ pageSize: 10 }}
        locale={{ emptyText: t('credit.whitelist.empty') }}
        columns={[
          { title: t('credit.whitelist.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('credit.whitelist.department'), render: (_, n) => pick(n.departmentName) },
          { title: t('credit.whitelist.reason'), dataIndex: 'reason' },
          { title: t('credit.whitelist.nominatedAt'), render: (_, n) => formatTimestamp(n.nominatedAt, language) },
          { title: t('credit.whitelist.decision'), render: (_, n) => decision(n) },
        ]}
      />
      <Form<{ validFrom: string; validUntil: string }>
        layout="inline" style={{ marginTop: 16, rowGap: 8 }}
        onFinish={async (v) => { if (await act(() => publishWhitelist(v.validFrom.trim(), v.validUntil.trim()))) onPublished(); }}
      >
        <Form.Item name="validFrom" label={t('credit.whitelist.validFrom')} rules={[{ required: true }]}><Input style={{ width: 130 }} /></Form.Item>
        <Form.Item name="validUntil" label={t('credit.whitelist.validUntil')} rules={[{ required: true }]}><Input style={{ width: 130 }} /></Form.Item>
        <Button type="primary" htmlType="submit" data-testid="whitelist-publish">{t('credit.whitelist.publish')}</Button>
      </Form>
    </Card>
  );
}
