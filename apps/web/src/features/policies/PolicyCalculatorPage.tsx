import { useState, type ReactNode } from 'react';
import { Button, Checkbox, Form, Input, Select, Skeleton, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { CALCULATOR_FORM_URL } from '../../app/first-page-data';
import { errorMessage } from '../../api/error-message';
import { parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { PolicyLine } from './PolicyLine';
import { SizeClassCard } from './SizeClassCard';
import { calculatePolicies, fetchCalculatorForm, type CalculatorAnswer, type CalculatorForm, type CalculatorInput, type CalculatorPolicy } from './policies-api';
import { policiesMessages } from './policies-messages';
import './policies.css';

type Status = CalculatorPolicy['status'];
const SECTIONS: readonly Status[] = ['ELIGIBLE', 'UNKNOWN', 'INELIGIBLE'];
/** Each verdict by icon and words, never by colour alone. */
const ICONS: Record<Status, ReactNode> = {
  ELIGIBLE: <CheckCircleOutlined style={{ color: '#389e0d' }} />,
  INELIGIBLE: <CloseCircleOutlined style={{ color: '#cf1322' }} />,
  UNKNOWN: <QuestionCircleOutlined style={{ color: '#d48806' }} />,
};

interface Values {
  industryCode: string;
  employees: string;
  revenueWan: string;
  totalAssetsWan: string;
  qualifications?: CalculatorInput['qualifications'];
  district: string;
}

/** 万元 as typed ("4,200", "12.5") → yuan text for the API, or null when it is not an amount (at most two decimals). */
function wanToYuan(text: string): string | null {
  const parsed = parseYuanToFen(text);
  return parsed.ok ? String(parsed.fen * 100) : null;
}

/**
 * 政策计算器 (public, no sign-in): a visitor enters a few figures about a company and sees which
 * policies in force a company like that qualifies for, each with its reasons in words and its article,
 * evaluated by the server's rules engine as 我的政策 is; nothing is stored.
 */
export function PolicyCalculatorPage() {
  const t = useMessages(policiesMessages);
  const choices = useApi(() => fetchCalculatorForm(), [], { seed: CALCULATOR_FORM_URL });
  const [answer, setAnswer] = useState<CalculatorAnswer | null>(null);
  return (
    <div className="calc-page" data-testid="policy-calculator">
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>{t('calc.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('calc.intro')}</Typography.Paragraph>
      {choices.error ? <LoadFailure error={choices.error} onRetry={choices.reload} /> : null}
      {!choices.data && !choices.error && <Skeleton active />}
      {choices.data && <CalculatorFormBox choices={choices.data} onAnswer={setAnswer} />}
      {answer && <CalculatorResult answer={answer} />}
    </div>
  );
}

function CalculatorFormBox({ choices, onAnswer }: { choices: CalculatorForm; onAnswer: (a: CalculatorAnswer) => void }) {
  const t = useMessages(policiesMessages);
  const { pick, language } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const amountRule = { validator: (_: unknown, v: string | undefined) => (!v || wanToYuan(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('calc.errorWan')))) };
  const countRule = { validator: (_: unknown, v: string | undefined) => (!v || /^\s*\d{1,8}\s*$/.test(v) ? Promise.resolve() : Promise.reject(new Error(t('calc.errorCount')))) };
  const required = { required: true, message: t('calc.required') };
  const submit = async (v: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      onAnswer(await calculatePolicies({
        industryCode: v.industryCode,
        employees: Number(v.employees.trim()),
        revenueYuan: wanToYuan(v.revenueWan)!,
        totalAssetsYuan: wanToYuan(v.totalAssetsWan)!,
        qualifications: v.qualifications ?? [],
        ...(v.district !== choices.city.id ? { district: v.district } : {}),
      }));
    } catch (e) {
      setFailure(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="policy-box calc-form" aria-label={t('calc.title')}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ district: choices.city.id, qualifications: [] }} requiredMark={false}>
        <div className="calc-grid">
          <Form.Item name="industryCode" label={t('calc.industry')} rules={[required]}>
            <Select data-testid="calc-industry" options={choices.industries.map((i) => ({ value: i.code, label: pick(i.label) }))} />
          </Form.Item>
          <Form.Item name="district" label={t('calc.district')} rules={[required]}>
            <Select
              data-testid="calc-district"
              options={[{ value: choices.city.id, label: t('calc.wholeCity', { city: pick(choices.city.name) }) }, ...choices.districts.map((d) => ({ value: d.id, label: pick(d.name) }))]}
            />
          </Form.Item>
          <Form.Item name="employees" label={t('calc.employees')} rules={[required, countRule]}>
            <Input inputMode="numeric" autoComplete="off" data-testid="calc-employees" />
          </Form.Item>
          <Form.Item name="revenueWan" label={t('calc.revenue')} rules={[required, amountRule]}>
            <Input inputMode="decimal" autoComplete="off" data-testid="calc-revenue" />
          </Form.Item>
          <Form.Item name="totalAssetsWan" label={t('calc.totalAssets')} rules={[required, amountRule]}>
            <Input inputMode="decimal" autoComplete="off" data-testid="calc-assets" />
          </Form.Item>
        </div>
        <Form.Item name="qualifications" label={t('calc.qualifications')}>
          <Checkbox.Group data-testid="calc-qualifications" options={choices.qualifications.map((q) => ({ value: q.code, label: pick(q.label) }))} />
        </Form.Item>
        {failure && <div role="alert" className="policy-note policy-note-warning" data-testid="calc-failure">{failure}</div>}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="calc-submit">{t('calc.submit')}</Button>
      </Form>
    </section>
  );
}

function CalculatorResult({ answer }: { answer: CalculatorAnswer }) {
  const t = useMessages(policiesMessages);
  const { pick } = useI18n();
  return (
    <section className="calc-result" data-testid="calc-result" aria-live="polite" aria-labelledby="calc-result-title">
      <Typography.Title level={2} id="calc-result-title" style={{ fontSize: 20 }}>{t('calc.result', { place: pick(answer.jurisdiction.name), date: answer.date })}</Typography.Title>
      <Typography.Paragraph data-testid="calc-summary">{t('calc.summary', { eligible: answer.summary.eligible, ineligible: answer.summary.ineligible, unknown: answer.summary.unknown })}</Typography.Paragraph>
      <SizeClassCard size={answer.sizeClass} date={answer.date} />
      {SECTIONS.map((s) => {
        const items = answer.policies.filter((p) => p.status === s);
        return (
          <section key={s} data-testid={`calc-section-${s}`} style={{ marginBottom: 24 }}>
            <Typography.Title level={3} style={{ fontSize: 18 }}>
              {ICONS[s]} {t('policies.sectionCount', { label: t(`policies.section.${s}`), count: items.length })}
            </Typography.Title>
            {items.length === 0 ? <Typography.Text type="secondary">{t('policies.sectionEmpty')}</Typography.Text> : items.map((p) => <PolicyLine key={p.policyId} policy={p} date={answer.date} />)}
          </section>
        );
      })}
      <Typography.Paragraph>
        {t('calc.signIn')} <Link to="/login">{t('calc.signInLink')}</Link>
      </Typography.Paragraph>
    </section>
  );
}
