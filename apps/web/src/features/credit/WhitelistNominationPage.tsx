import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchNominations, nominateForWhitelist, type WhitelistNomination } from './credit-api';
import { creditMessages } from './credit-messages';
import { WhitelistCard } from './WhitelistCard';

/**
 * 产融合作白名单 for a department (`/credit/whitelist`): nominate enterprises in the department's name and
 * follow the bureau's decisions; the financial regulator's department also co-signs the latest edition.
 */
export function WhitelistNominationPage() {
  const t = useMessages(creditMessages);
  const { language } = useI18n();
  const [form] = Form.useForm<{ uscc: string; reason: string }>();
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<unknown>(undefined);
  const nominations = useApi(() => fetchNominations(), [version]);
  if (nominations.error) return <LoadFailure error={nominations.error} onRetry={nominations.reload} />;
  const submit = async (v: { uscc: string; reason: string }) => {
    setFailure(undefined);
    try {
      await nominateForWhitelist(v.uscc.trim().toUpperCase(), v.reason);
      form.resetFields();
      setVersion((x) => x + 1);
    } catch (e) {
      setFailure(e);
    }
  };
  const status = (n: WhitelistNomination) => (n.review
    ? <Tag color={n.review.decision === 'ACCEPTED' ? 'green' : 'red'}>{t(`credit.whitelist.${n.review.decision}`)}{n.review.reason ? t('credit.separator') + n.review.reason : ''}</Tag>
    : <Tag>{t('credit.whitelist.pending')}</Tag>);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('credit.whitelist.nominateTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('credit.whitelist.nominateIntro')}</Typography.Paragraph>
      <Card title={t('credit.whitelist.nominate')}>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} data-testid="nominate-error" />}
        <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
          <Form.Item name="uscc" label={t('credit.whitelist.uscc')} rules={[{ required: true, message: t('credit.whitelist.uscc') }]}><Input style={{ width: 220 }} data-testid="nominate-uscc" /></Form.Item>
          <Form.Item name="reason" label={t('credit.whitelist.reason')} rules={[{ required: true, message: t('credit.whitelist.reason') }]}><Input style={{ width: 320 }} data-testid="nominate-reason" /></Form.Item>
          <Button type="primary" htmlType="submit" data-testid="nominate-submit">{t('credit.whitelist.nominate')}</Button>
        </Form>
      </Card>
      <Card title={t('credit.whitelist.mine')}>
        <Table<WhitelistNomination>
          rowKey="nominationId" size="small" loading={nominations.isLoading} dataSource={nominations.data?.items ?? []} pagination={{ pageSize: 10 }} locale={{ emptyText: t('credit.whitelist.empty') }}
          onRow={(n) => ({ 'data-testid': `nomination-${n.uscc}` }) as object}
          columns={[
            { title: t('credit.whitelist.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('credit.whitelist.reason'), dataIndex: 'reason' },
            { title: t('credit.whitelist.nominatedAt'), render: (_, n) => formatTimestamp(n.nominatedAt, language) },
            { title: t('credit.whitelist.decision'), render: (_, n) => <span data-testid="nomination-status">{status(n)}</span> },
          ]}
        />
      </Card>
      {nominations.data?.canCosign && <WhitelistCard version={version} canCosign />}
    </Space>
  );
}
