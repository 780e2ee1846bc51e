import { Button, Form, Input } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import { CategorySelect } from './CategorySelect';
import type { CategoryCode, ProviderDeclarationInput, ProviderView } from './services-api';
import { servicesMessages } from './services-messages';

interface Values {
  name: string;
  categories: CategoryCode[];
  qualifications: string;
  description: string;
  contactPhone: string;
  shareholders: string;
  accountName: string;
  accountNumber: string;
  bankName: string;
}

const lines = (s: string | undefined) => (s ?? '').split('\n').map((x) => x.trim()).filter((x) => x !== '');

/** What a provider declares: name, categories, qualifications, description, phone, shareholders, settlement account. */
export function ProviderForm({ initial, submitLabel, onSubmit }: { initial: ProviderView | null; submitLabel: string; onSubmit: (d: ProviderDeclarationInput) => Promise<void> }) {
  const t = useMessages(servicesMessages);
  const required = [{ required: true, message: t('services.form.required') }];
  return (
    <Form<Values>
      layout="vertical" style={{ maxWidth: 640 }} data-testid="provider-form"
      initialValues={initial ? {
        name: initial.name, categories: initial.categories.map((c) => c.code), qualifications: initial.qualifications.map((q) => q.name).join('\n'), description: initial.description, contactPhone: initial.contactPhone,
        shareholders: (initial.shareholders ?? []).join('\n'), accountName: initial.account?.accountName, accountNumber: initial.account?.accountNumber, bankName: initial.account?.bankName,
      } : undefined}
      onFinish={(v) => onSubmit({
        name: v.name, categories: v.categories ?? [], description: v.description ?? '', contactPhone: v.contactPhone,
        qualifications: lines(v.qualifications).map((name) => ({ name, certificateNumber: null, validUntil: null })),
        shareholders: lines(v.shareholders),
        account: { accountName: v.accountName, accountNumber: v.accountNumber, bankName: v.bankName },
      })}
    >
      <Form.Item name="name" label={t('services.provider.name')} rules={required}><Input maxLength={100} data-testid="provider-name" /></Form.Item>
      <Form.Item name="categories" label={t('services.provider.categories')} rules={required}><CategorySelect multiple data-testid="provider-categories" /></Form.Item>
      <Form.Item name="qualifications" label={t('services.provider.qualificationName')}><Input.TextArea rows={3} /></Form.Item>
      <Form.Item name="description" label={t('services.provider.description')}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
      <Form.Item name="contactPhone" label={t('services.provider.phone')} rules={required}><Input maxLength={30} data-testid="provider-phone" /></Form.Item>
      <Form.Item name="shareholders" label={t('services.provider.shareholders')}><Input.TextArea rows={3} data-testid="provider-shareholders" /></Form.Item>
      <Form.Item name="accountName" label={t('services.provider.accountName')} rules={required}><Input maxLength={100} data-testid="provider-account-name" /></Form.Item>
      <Form.Item name="accountNumber" label={t('services.provider.accountNumber')} rules={required}><Input maxLength={34} data-testid="provider-account-number" /></Form.Item>
      <Form.Item name="bankName" label={t('services.provider.bankName')} rules={required}><Input maxLength={100} data-testid="provider-bank" /></Form.Item>
      <Button type="primary" htmlType="submit" data-testid="provider-submit">{submitLabel}</Button>
    </Form>
  );
}
