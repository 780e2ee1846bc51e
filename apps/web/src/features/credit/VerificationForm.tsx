import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import { errorMessage } from '../../api/error-message';
import { QUALIFICATION_TAGS } from '../../api/types';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { askVerification, type VerifyQuestion } from './credit-api';
import { creditMessages } from './credit-messages';
import { wanYuanTextToFen } from './money-input';

interface Values {
  kind: VerifyQuestion['kind'];
  year?: number;
  thresholdWan?: string;
  count?: number;
  tag?: string;
  onDate?: string;
}

/** 核验: a yes/no question about the scopes the consent opens to checks, answered from government data without showing the value. */
export function VerificationForm({ uscc, defaultYear, kinds, today }: { uscc: string; defaultYear: number; kinds: readonly VerifyQuestion['kind'][]; today: string }) {
  const t = useMessages(creditMessages);
  const { language, pick, t: core } = useI18n();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? kinds[0];
  const [answer, setAnswer] = useState<{ label: string; origin: string | null; answer: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);
  const submit = async (v: Values) => {
    setFailure(undefined);
    setAnswer(null);
    let q: VerifyQuestion;
    if (v.kind === 'HOLDS_QUALIFICATION') {
      q = { kind: 'HOLDS_QUALIFICATION', tag: v.tag ?? '', onDate: (v.onDate ?? '').trim() };
    } else if (v.kind === 'REVENUE_AT_LEAST') {
      const thresholdFen = wanYuanTextToFen(v.thresholdWan ?? '');
      if (thresholdFen === null) {
        form.setFields([{ name: 'thresholdWan', errors: [t('credit.verify.threshold')] }]);
        return;
      }
      q = { kind: 'REVENUE_AT_LEAST', year: v.year ?? defaultYear, thresholdFen };
    } else {
      q = { kind: 'EMPLOYEES_AT_LEAST', year: v.year ?? defaultYear, count: v.count ?? 0 };
    }
    try {
      const r = await askVerification(uscc, q);
      setAnswer({ label: pick(r.answerLabel), origin: r.origin ? pick(r.origin.label) : null, answer: r.answer });
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form<Values> form={form} layout="inline" onFinish={submit} initialValues={{ kind: kinds[0], year: defaultYear, onDate: today, tag: QUALIFICATION_TAGS[0] }} style={{ rowGap: 8 }}>
        <Form.Item name="kind" label={t('credit.verify.kind')}>
          <Select data-testid="verify-kind" style={{ width: 220 }} options={kinds.map((k) => ({ value: k, label: t(`credit.verify.kind.${k}`) }))} />
        </Form.Item>
        {kind === 'HOLDS_QUALIFICATION' ? (
          <>
            <Form.Item name="tag" label={t('credit.verify.tag')}>
              <Select data-testid="verify-tag" style={{ width: 200 }} options={QUALIFICATION_TAGS.map((tag) => ({ value: tag, label: core(`tag.${tag}`) }))} />
            </Form.Item>
            <Form.Item name="onDate" label={t('credit.verify.onDate')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('credit.verify.onDate') }]}>
              <Input data-testid="verify-date" style={{ width: 130 }} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="year" label={t('credit.verify.year')} rules={[{ required: true, message: t('credit.verify.year') }]}>
              <InputNumber data-testid="verify-year" min={1990} max={2100} precision={0} />
            </Form.Item>
            {kind === 'REVENUE_AT_LEAST' ? (
              <Form.Item name="thresholdWan" label={t('credit.verify.threshold')} rules={[{ required: true, message: t('credit.verify.threshold') }]}>
                <Input data-testid="verify-threshold" style={{ width: 120 }} inputMode="decimal" />
              </Form.Item>
            ) : (
              <Form.Item name="count" label={t('credit.verify.count')} rules={[{ required: true, message: t('credit.verify.count') }]}>
                <InputNumber min={0} precision={0} />
              </Form.Item>
            )}
          </>
        )}
        <Button htmlType="submit" data-testid="verify-submit">{t('credit.verify.ask')}</Button>
      </Form>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} />}
      {answer && (
        <Space data-testid="verify-answer">
          <Tag color={answer.answer === 'YES' ? 'green' : answer.answer === 'NO' ? 'red' : 'gold'}>{t('credit.verify.answer', { answer: answer.label })}</Tag>
          {answer.origin && <span>{t('credit.data.source', { source: answer.origin })}</span>}
        </Space>
      )}
    </Space>
  );
}
