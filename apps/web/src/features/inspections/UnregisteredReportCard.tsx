import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { fetchPublicItems, reportUnregisteredVisit } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';
import { beijingDay } from './beijing-date';

/** 举报未登记的检查 (enterprise users): a visit that showed no task code becomes an inspection complaint. */
export function UnregisteredReportCard() {
  const t = useMessages(inspectionsMessages);
  const { language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ departmentId?: string; visitedOn: Dayjs; description: string }>();
  const [trackingNumber, setTrackingNumber] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  // The departments that publish inspection items are the ones that inspect.
  const items = useApi(fetchPublicItems, []);
  const departments = [...new Map((items.data ?? []).map((i) => [i.departmentId, i.departmentName])).entries()].map(([value, label]) => ({ value, label }));

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const r = await reportUnregisteredVisit({ departmentId: v.departmentId ?? null, visitedOn: v.visitedOn.format('YYYY-MM-DD'), description: v.description });
      setTrackingNumber(r.trackingNumber);
      message.success(t('insp.report.done', { no: r.trackingNumber }));
    } catch (e) {
      message.error(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card style={{ marginTop: 16 }} title={t('insp.report.title')} data-testid="unregistered-report">
      {trackingNumber ? <Alert type="success" showIcon message={t('insp.report.done', { no: trackingNumber })} data-testid="unregistered-reported" /> : (
        <>
          <Typography.Paragraph type="secondary">{t('insp.report.help')}</Typography.Paragraph>
          <Form form={form} layout="vertical" name="report" requiredMark={false} initialValues={{ visitedOn: beijingDay() }}>
            <Form.Item name="departmentId" label={t('insp.report.department')}>
              <Select allowClear options={departments} loading={items.isLoading} data-testid="report-department" />
            </Form.Item>
            <Form.Item name="visitedOn" label={t('insp.report.date')} rules={[{ required: true, message: t('insp.form.required') }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(beijingDay(), 'day')} />
            </Form.Item>
            <Form.Item name="description" label={t('insp.report.text')} rules={[{ required: true, whitespace: true, message: t('insp.form.required') }]}>
              <Input.TextArea rows={3} maxLength={5000} data-testid="report-text" />
            </Form.Item>
            <Button danger onClick={() => void submit()} loading={isBusy} data-testid="report-submit">{t('insp.report.submit')}</Button>
          </Form>
        </>
      )}
    </Card>
  );
}
