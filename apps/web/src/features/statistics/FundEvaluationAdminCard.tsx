import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { ConfirmedButton } from '../../app/ConfirmedButton';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchFundEvaluations, publishFundEvaluation, recordFundEvaluation, type FundEvaluation, type FundEvaluationInput } from './statistics-api';
import { statisticsMessages, type StatisticsMessageKey } from './statistics-messages';

const KINDS: FundEvaluationInput['kind'][] = ['AUDIT', 'PERFORMANCE_EVALUATION'];
const CONCLUSIONS: FundEvaluationInput['conclusion'][] = ['NO_MAJOR_PROBLEM', 'PROBLEMS_RECTIFIED', 'RECTIFICATION_IN_PROGRESS'];

interface Values {
  fundId: string;
  kind: FundEvaluationInput['kind'];
  bodyZh: string;
  bodyEn?: string;
  reportDate: Dayjs;
  conclusion: FundEvaluationInput['conclusion'];
  findings: string;
  rectification?: string;
  rectifiedOn?: Dayjs;
}

/**
 * The SME bureau records a fund's audit or performance-evaluation result (深圳 draft 第五十六条) for the year the
 * funds disclosure shows, and publishes it; until published the public does not see it. The server checks
 * again (a report dated in the future, rectification that does not fit the conclusion) and answers in words.
 */
export function FundEvaluationAdminCard({ year, onPublished }: { year: number; onPublished: () => void }) {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const conclusion = Form.useWatch('conclusion', form);
  const [revision, setRevision] = useState(0);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const list = useApi(() => fetchFundEvaluations(year), [year, revision]);
  const funds = list.data?.funds ?? [];
  const fundName = new Map(funds.map((f) => [f.fundId, language === 'en' ? f.nameEn : f.nameZh]));
  const rows = funds.flatMap((f) => f.evaluations);
  const required = [{ required: true, message: t('stats.eval.required') }];

  const record = async (v: Values) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await recordFundEvaluation({
        fundId: v.fundId, kind: v.kind, bodyZh: v.bodyZh.trim(), bodyEn: v.bodyEn?.trim() ? v.bodyEn.trim() : null, reportDate: v.reportDate.format('YYYY-MM-DD'),
        conclusion: v.conclusion, findings: v.findings, rectification: v.rectification ?? '', rectifiedOn: v.rectifiedOn ? v.rectifiedOn.format('YYYY-MM-DD') : null,
      });
      message.success(t('stats.eval.recorded'));
      form.resetFields();
      setRevision((r) => r + 1);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const publish = async (e: FundEvaluation) => {
    setFailure(undefined);
    try {
      await publishFundEvaluation(e.evaluationId, e.version);
      message.success(t('stats.eval.publishedNow'));
      setRevision((r) => r + 1);
      onPublished();
    } catch (err) {
      setFailure(err);
    }
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('stats.eval.admin.title')} data-testid="fund-evaluation-admin">
      <Typography.Paragraph type="secondary">{t('stats.eval.admin.intro')}</Typography.Paragraph>
      {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} data-testid="fund-evaluation-error" />}
      {list.error ? <LoadFailure error={list.error} onRetry={list.reload} /> : (
        <>
          <Form<Values> form={form} layout="vertical" onFinish={(v) => void record(v)} requiredMark={false} initialValues={{ kind: 'AUDIT', conclusion: 'NO_MAJOR_PROBLEM' }}>
            <Space wrap align="start">
              <Form.Item name="fundId" label={t('stats.eval.fund')} rules={required}>
                <Select style={{ width: 320 }} data-testid="evaluation-fund" notFoundContent={t('stats.eval.noFunds')} options={funds.map((f) => ({ value: f.fundId, label: fundName.get(f.fundId) }))} />
              </Form.Item>
              <Form.Item name="kind" label={t('stats.eval.kind')} rules={required}>
                <Select style={{ width: 160 }} data-testid="evaluation-kind" options={KINDS.map((k) => ({ value: k, label: t(`stats.eval.kind.${k}` as StatisticsMessageKey) }))} />
              </Form.Item>
              <Form.Item name="reportDate" label={t('stats.eval.reportDate')} rules={[...required, { validator: async (_, d?: Dayjs) => { if (d && d.isAfter(dayjs(), 'day')) throw new Error(t('stats.eval.futureDate')); } }]}>
                <DatePicker format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="evaluation-report-date" />
              </Form.Item>
            </Space>
            <Space wrap align="start">
              <Form.Item name="bodyZh" label={t('stats.eval.bodyZh')} rules={required}>
                <Input style={{ width: 320 }} maxLength={200} data-testid="evaluation-body-zh" />
              </Form.Item>
              <Form.Item name="bodyEn" label={t('stats.eval.bodyEn')}>
                <Input style={{ width: 320 }} maxLength={200} data-testid="evaluation-body-en" />
              </Form.Item>
            </Space>
            <Form.Item name="conclusion" label={t('stats.eval.conclusion')} rules={required}>
              <Select style={{ width: 240 }} data-testid="evaluation-conclusion" options={CONCLUSIONS.map((c) => ({ value: c, label: t(`stats.eval.conclusion.${c}` as StatisticsMessageKey) }))} />
            </Form.Item>
            <Form.Item name="findings" label={t('stats.eval.findings')} rules={required}>
              <Input.TextArea rows={3} maxLength={4000} data-testid="evaluation-findings" />
            </Form.Item>
            {conclusion !== undefined && conclusion !== 'NO_MAJOR_PROBLEM' && (
              <Form.Item name="rectification" label={t('stats.eval.rectification')} rules={required}>
                <Input.TextArea rows={3} maxLength={4000} data-testid="evaluation-rectification" />
              </Form.Item>
            )}
            {conclusion === 'PROBLEMS_RECTIFIED' && (
              <Form.Item name="rectifiedOn" label={t('stats.eval.rectifiedOn')} rules={required}>
                <DatePicker format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="evaluation-rectified-on" />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" loading={busy} data-testid="record-evaluation">{t('stats.eval.record')}</Button>
          </Form>
          <Table<FundEvaluation>
            style={{ marginTop: 16 }}
            size="small"
            rowKey="evaluationId"
            loading={list.isLoading}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('stats.eval.none') }}
            onRow={() => ({ 'data-testid': 'evaluation-row' }) as object}
            columns={[
              { title: t('stats.eval.fund'), key: 'fund', render: (_: unknown, e) => fundName.get(e.fundId) },
              { title: t('stats.eval.kind'), key: 'kind', render: (_: unknown, e) => (language === 'en' ? e.kindLabel.en : e.kindLabel.zh) },
              { title: t('stats.eval.reportDate'), dataIndex: 'reportDate' },
              { title: t('stats.eval.conclusion'), key: 'conclusion', render: (_: unknown, e) => (language === 'en' ? e.conclusionLabel.en : e.conclusionLabel.zh) },
              {
                title: t('stats.eval.status'), key: 'status',
                render: (_: unknown, e) => (e.published
                  ? <Tag color="green">{t('stats.eval.published')}</Tag>
                  : (
                    <Space>
                      <Tag>{t('stats.eval.unpublished')}</Tag>
                      <ConfirmedButton testId={`publish-evaluation-${e.evaluationId}`} size="small" type="primary" question={t('stats.eval.publishQuestion')} onConfirm={() => void publish(e)}>
                        {t('stats.eval.publish')}
                      </ConfirmedButton>
                    </Space>
                  )),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
