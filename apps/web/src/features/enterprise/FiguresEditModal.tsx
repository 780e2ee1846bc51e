import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useI18n } from '../../i18n/use-i18n';
import { errorMessage } from '../../api/error-message';
import { saveYearlyFigures } from '../../api/enterprises';
import type { YearlyFigures } from '../../api/types';
import type { MessageKey } from '../../i18n/dictionary';
import {
  checkAmount,
  checkEmployees,
  checkYear,
  figuresToFormValues,
  parseFiguresForm,
  type FieldProblem,
  type FiguresFormValues,
} from './figures-form';

interface Props {
  uscc: string;
  /** The year being edited, or null to add a new year. */
  editing: YearlyFigures | null;
  isOpen: boolean;
  takenYears: readonly number[];
  onClose(): void;
  onSaved(year: number): void;
}

/** Edits (or adds) one year of figures: head count and amounts typed in 元, sent as integer fen. */
export function FiguresEditModal({ uscc, editing, isOpen, takenYears, onClose, onSaved }: Props) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FiguresFormValues>();
  const [isSaving, setSaving] = useState(false);
  const currentYear = new Date().getFullYear();
  const isNew = editing === null;

  useEffect(() => {
    if (!isOpen) return;
    form.resetFields();
    form.setFieldsValue(figuresToFormValues(editing, editing?.year ?? null));
  }, [isOpen, editing, form]);

  const problemText = (problem: FieldProblem): string => {
    const field = problem.params?.field;
    const params = field === undefined ? problem.params : { ...problem.params, field: t(field as MessageKey) };
    return t(problem.key, params);
  };
  const rule = (check: (text: string) => FieldProblem | null): Rule => ({
    validator: async (_, value: string | undefined) => {
      const problem = check(value ?? '');
      if (problem) throw new Error(problemText(problem));
    },
  });

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const parsed = parseFiguresForm(values, currentYear, isNew ? takenYears : []);
    if (!parsed.ok) return;
    setSaving(true);
    try {
      const result = await saveYearlyFigures(uscc, parsed.year, parsed.input);
      if (result?.status === 'UNCHANGED') message.info(t('figures.unchanged', { year: parsed.year }));
      else message.success(t('figures.saved', { year: parsed.year }));
      onSaved(parsed.year);
    } catch (error) {
      message.error(errorMessage(error, language));
    } finally {
      setSaving(false);
    }
  };

  const amountField = (name: 'revenue' | 'totalAssets' | 'rdExpense' | 'mainBusinessRevenue', labelKey: MessageKey, isRequired: boolean) => (
    <Form.Item name={name} label={t(labelKey)} required={isRequired} rules={[rule((text) => checkAmount(name, text, isRequired))]}>
      <Input inputMode="decimal" suffix={t('unit.yuan')} autoComplete="off" />
    </Form.Item>
  );

  return (
    <Modal
      open={isOpen}
      title={isNew ? t('figures.addTitle') : t('figures.editTitle', { year: editing.year })}
      okText={t('figures.save')}
      cancelText={t('figures.cancel')}
      confirmLoading={isSaving}
      onOk={submit}
      onCancel={onClose}
      forceRender
      data-testid="figures-modal"
    >
      <Form<FiguresFormValues> form={form} name="figures" layout="vertical" onFinish={submit}>
        <Form.Item name="year" label={t('figures.year')} required rules={[rule((text) => checkYear(text, currentYear, isNew ? takenYears : []))]}>
          <Input inputMode="numeric" disabled={!isNew} autoComplete="off" />
        </Form.Item>
        <Form.Item name="employees" label={t('figures.employees')} required rules={[rule(checkEmployees)]}>
          <Input inputMode="numeric" suffix={t('figures.employeesUnit')} autoComplete="off" />
        </Form.Item>
        {amountField('revenue', 'figures.revenue', true)}
        {amountField('totalAssets', 'figures.totalAssets', true)}
        {amountField('rdExpense', 'figures.rdExpense', false)}
        {amountField('mainBusinessRevenue', 'figures.mainBusinessRevenue', false)}
        <Typography.Text type="secondary">{t('figures.amountHint')}</Typography.Text>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
