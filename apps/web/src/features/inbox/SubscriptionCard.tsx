import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { DELIVERY_CHANNELS, fetchKnownTopics, fetchSubscription, saveSubscription } from './subscription-api';
import { checkAddress, isQuietHoursValid, toBody, toFormValues, type SubscriptionFormValues } from './subscription-form';
import { subscriptionMessages } from './subscription-messages';

const TIME = 'HH:mm';

/** 订阅设置: topics, an address per external channel, quiet hours; saved for the enterprise, checked here and on the server. */
export function SubscriptionCard({ uscc, onSaved }: { uscc: string; onSaved(): void }) {
  const t = useMessages(subscriptionMessages);
  const { language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SubscriptionFormValues>();
  const [isSaving, setSaving] = useState(false);
  const current = useApi(() => fetchSubscription(uscc), [uscc]);
  const topics = useApi(() => fetchKnownTopics(), []);

  useEffect(() => {
    if (current.data) form.setFieldsValue(toFormValues(current.data.subscription));
  }, [current.data, form]);

  if (current.error) return <LoadFailure error={current.error} onRetry={current.reload} />;
  const canEdit = current.data?.canEdit ?? false;
  const topicOptions = [...new Set([...(topics.data ?? []), ...(current.data?.subscription.topics ?? [])])].sort().map((v) => ({ value: v, label: v }));

  const submit = async (values: SubscriptionFormValues) => {
    setSaving(true);
    try {
      const saved = await saveSubscription(uscc, toBody(values));
      form.setFieldsValue(toFormValues(saved.subscription));
      message.success(t('sub.saved'));
      current.reload();
      onSaved();
    } catch (error) {
      message.error(errorMessage(error, language));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('sub.title')} loading={!current.data} data-testid="subscription-card">
      <Typography.Paragraph type="secondary">{t('sub.intro')}</Typography.Paragraph>
      {current.data && current.data.subscription.updatedAt === null && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('sub.defaults')} />}
      {!canEdit && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('sub.readOnly')} />}
      <Form<SubscriptionFormValues> form={form} name="subscription" layout="vertical" disabled={!canEdit} onFinish={submit} style={{ maxWidth: 640 }}>
        <Form.Item name="topics" label={t('sub.topics')} extra={t('sub.topicsHelp')}>
          <Select mode="multiple" allowClear options={topicOptions} loading={topics.isLoading} data-testid="subscription-topics" />
        </Form.Item>
        {DELIVERY_CHANNELS.map((channel) => (
          <Form.Item
            key={channel}
            name={channel}
            label={t(`sub.channel.${channel}`)}
            rules={[{ validator: async (_, value: string | undefined) => { const problem = checkAddress(channel, value ?? ''); if (problem) throw new Error(t(problem)); } }]}
          >
            <Input allowClear autoComplete="off" placeholder={t(`sub.placeholder.${channel}`)} data-testid={`subscription-${channel}`} />
          </Form.Item>
        ))}
        <Form.Item
          name="quietHours"
          label={t('sub.quietHours')}
          extra={t('sub.quietHoursHelp')}
          rules={[{ validator: async (_, value: [string, string] | null | undefined) => { if (!isQuietHoursValid(value ?? null)) throw new Error(t('sub.quietHoursSame')); } }]}
          getValueProps={(value: [string, string] | null | undefined) => ({ value: value ? [dayjs(value[0], TIME), dayjs(value[1], TIME)] : null })}
          normalize={(value: [Dayjs | null, Dayjs | null] | null) => (value && value[0] && value[1] ? [value[0].format(TIME), value[1].format(TIME)] : null)}
        >
          <TimePicker.RangePicker format={TIME} order={false} minuteStep={5} needConfirm={false} data-testid="subscription-quiet-hours" aria-label={t('sub.quietHours')} />
        </Form.Item>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={isSaving} data-testid="subscription-save">{t('sub.save')}</Button>
        )}
      </Form>
    </Card>
  );
}
