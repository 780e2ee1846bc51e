import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { fetchDeclaredFacts, saveDeclaredFacts } from './policies-api';
import { toFormValues, toPayload, type DeclaredFormValues } from './declared-form';
import { policiesMessages } from './policies-messages';

/** 企业自报数据 for the fiscal year the answer uses; by default only the fields the current decisions are missing. */
export function DeclaredFactsCard({ uscc, fiscalYear, missing, onSaved }: { uscc: string; fiscalYear: number; missing: readonly string[]; onSaved(): void }) {
  const { pick, language } = useI18n();
  const t = useMessages(policiesMessages);
  const { message } = App.useApp();
  const state = useApi(() => fetchDeclaredFacts(uscc, fiscalYear), [uscc, fiscalYear]);
  const [onlyMissing, setOnlyMissing] = useState(true);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<DeclaredFormValues>();
  const data = state.data;
  const shown = useMemo(() => (data ? data.fields.filter((f) => f.type !== 'list' && (!onlyMissing || missing.includes(f.name) || data.facts[f.name] !== undefined)) : []), [data, onlyMissing, missing]);

  useEffect(() => {
    if (data) form.setFieldsValue(toFormValues(data.fields, data.facts));
  }, [data, form]);

  if (!data || !data.canEdit) return null;
  const save = async () => {
    const values = form.getFieldsValue();
    const payload = toPayload(shown, values, data.facts);
    if (!payload.ok) {
      form.setFields([{ name: payload.field, errors: [t(payload.reason === 'MONEY' ? 'policies.declared.errorMoney' : 'policies.declared.errorNumber')] }]);
      return;
    }
    setSaving(true);
    try {
      const saved = await saveDeclaredFacts(uscc, fiscalYear, payload.facts);
      message.success(saved.changedFields.length ? t('policies.declared.saved', { count: saved.changedFields.length }) : t('policies.declared.unchanged'));
      state.reload();
      onSaved();
    } catch (e) {
      message.error(errorMessage(e, language));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card id="declared-facts" size="small" title={t('policies.declared.title', { year: fiscalYear })} style={{ marginTop: 16 }} data-testid="declared-facts">
      <Typography.Paragraph type="secondary">{t('policies.declared.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={onlyMissing} onChange={setOnlyMissing} size="small" aria-label={t('policies.declared.onlyMissing')} />
        <span>{t('policies.declared.onlyMissing')}</span>
      </Space>
      <Form form={form} layout="vertical">
        {shown.map((f) => (
          <Form.Item key={f.name} name={f.name} label={pick(f.label) + (f.unit === 'fen' ? t('policies.parenthesized', { text: t('policies.declared.yuan') }) : '')}>
            {f.type === 'bool' ? (
              <Select allowClear style={{ maxWidth: 200 }} options={[{ value: 'true', label: t('policies.declared.yes') }, { value: 'false', label: t('policies.declared.no') }]} />
            ) : f.values ? (
              <Select allowClear style={{ maxWidth: 300 }} options={f.values.map((v) => ({ value: v, label: v }))} />
            ) : (
              <Input style={{ maxWidth: 300 }} placeholder={f.type === 'date' ? 'YYYY-MM-DD' : undefined} />
            )}
          </Form.Item>
        ))}
      </Form>
      <Button type="primary" loading={saving} onClick={() => void save()} data-testid="declared-save">{t('policies.declared.save')}</Button>
    </Card>
  );
}
