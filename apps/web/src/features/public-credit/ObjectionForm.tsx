import { useState } from 'react';
import { Alert, Button, Form, Input, Select } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { fileObjection, type ObjectionInput } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

const GROUNDS: ObjectionInput['ground'][] = ['ERROR_OR_OMISSION', 'PUBLISHED_PAST_PERIOD', 'OTHER_UNLAWFUL'];

/** 提出异议 on one of the enterprise's marks: a ground of 社会信用条例 第四十八条第一款 and the facts with the supporting material. */
export function ObjectionForm({ markId, onDone }: { markId: string; onDone: () => void }) {
  const t = useMessages(publicCreditMessages);
  const { language } = useI18n();
  const [form] = Form.useForm<{ ground: ObjectionInput['ground']; explanation: string }>();
  const [failure, setFailure] = useState<unknown>(undefined);
  const submit = async (v: { ground: ObjectionInput['ground']; explanation: string }) => {
    setFailure(undefined);
    try {
      await fileObjection({ markId, ground: v.ground, explanation: v.explanation });
      form.resetFields();
      onDone();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} data-testid="objection-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 560 }}>
        <Form.Item name="ground" label={t('pc.objection.ground')} rules={[{ required: true, message: t('pc.objection.groundRequired') }]}>
          <Select data-testid="objection-ground" options={GROUNDS.map((g) => ({ value: g, label: t(`pc.objection.ground.${g}`) }))} />
        </Form.Item>
        <Form.Item name="explanation" label={t('pc.objection.explanation')} rules={[{ required: true, whitespace: true, message: t('pc.objection.explanationRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="objection-explanation" />
        </Form.Item>
        <Button htmlType="submit" data-testid="objection-submit">{t('pc.objection.submit')}</Button>
      </Form>
    </>
  );
}
