import { useState } from 'react';
import { Alert, Button, Card, Input, List, Space, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPublicity, object, type PublicityItem } from './cultivation-api';
import { cultivationMessages } from './cultivation-messages';

/** 认定公示 (public): the enterprises in their notice period, and an objection form for each. */
export function PublicityPage() {
  const t = useMessages(cultivationMessages);
  const { pick } = useI18n();
  const list = useApi(() => fetchPublicity(), []);
  if (list.error) return <LoadFailure error={list.error} onRetry={list.reload} />;
  return (
    <Card title={t('cv.publicity.title')} data-testid="cultivation-publicity">
      <Typography.Paragraph>{t('cv.publicity.intro')}</Typography.Paragraph>
      <List<PublicityItem>
        loading={list.isLoading} dataSource={list.data?.items ?? []} locale={{ emptyText: t('cv.publicity.empty') }}
        renderItem={(p) => (
          <List.Item data-testid="publicity-item">
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>{p.enterpriseName}</Typography.Text>
              <Typography.Text>{pick(p.tierLabel)} · {t('cv.publicity.period', { until: p.publicityUntil ?? '' })}</Typography.Text>
              <ObjectionForm applicationId={p.applicationId} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function ObjectionForm({ applicationId }: { applicationId: string }) {
  const t = useMessages(cultivationMessages);
  const { language } = useI18n();
  const [text, setText] = useState('');
  const [who, setWho] = useState('');
  const [state, setState] = useState<'idle' | 'sent' | unknown>('idle');
  const send = async () => {
    try {
      await object(applicationId, text, who.trim() || null);
      setState('sent');
      setText('');
    } catch (e) {
      setState(e);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 560 }}>
      {state === 'sent' && <Alert type="success" showIcon title={t('cv.publicity.sent')} data-testid="objection-sent" />}
      {state !== 'sent' && state !== 'idle' && <Alert type="error" showIcon title={errorMessage(state, language)} />}
      <Input.TextArea rows={2} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('cv.publicity.text')} aria-label={t('cv.publicity.text')} data-testid="objection-text" />
      <Input maxLength={200} value={who} onChange={(e) => setWho(e.target.value)} placeholder={t('cv.publicity.objector')} aria-label={t('cv.publicity.objector')} />
      <Button onClick={send} disabled={text.trim() === ''} data-testid="objection-send">{t('cv.publicity.object')}</Button>
    </Space>
  );
}
