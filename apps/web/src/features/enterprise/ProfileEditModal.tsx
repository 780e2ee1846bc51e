import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/use-i18n';
import { errorMessage } from '../../api/error-message';
import { updateEnterprise } from '../../api/enterprises';
import { useApi } from '../../api/use-api';
import { fetchJurisdictions } from '../../api/jurisdictions';
import { QUALIFICATION_TAGS, type Enterprise } from '../../api/types';
import type { MessageKey } from '../../i18n/dictionary';
import { leafJurisdictions } from '../officer/district-options';
import { checkIndustryCode, checkRegistrationDate, profilePatch, profileToFormValues, type ProfileFormValues } from './profile-form';

interface Props {
  enterprise: Enterprise;
  canEditTags: boolean;
  isOpen: boolean;
  onClose(): void;
  onSaved(): void;
}

const todayText = () => dayjs().format('YYYY-MM-DD');

/** Changes the registry profile; only changed fields are sent, each change becomes a new dated version. */
export function ProfileEditModal({ enterprise, canEditTags, isOpen, onClose, onSaved }: Props) {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileFormValues>();
  const [isSaving, setSaving] = useState(false);
  const jurisdictions = useApi(() => fetchJurisdictions(), []);

  useEffect(() => {
    if (!isOpen) return;
    form.resetFields();
    form.setFieldsValue(profileToFormValues(enterprise));
  }, [isOpen, enterprise, form]);

  const required = (labelKey: MessageKey): Rule => ({ required: true, whitespace: true, message: t('validation.required', { field: t(labelKey) }) });
  const check = (fn: (text: string) => MessageKey | null): Rule => ({
    validator: async (_, value: string | undefined) => {
      const key = fn(value ?? '');
      if (key) throw new Error(t(key));
    },
  });

  const districts = leafJurisdictions(jurisdictions.data ?? []).map((j) => ({ value: j.id, label: pick(j.name) }));
  if (!districts.some((d) => d.value === enterprise.district)) {
    districts.unshift({ value: enterprise.district, label: typeof enterprise.districtName === 'string' ? enterprise.districtName : pick(enterprise.districtName) });
  }

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const patch = profilePatch(enterprise, values, canEditTags);
    if (!patch) {
      message.info(t('enterprise.profileUnchanged'));
      onClose();
      return;
    }
    setSaving(true);
    try {
      await updateEnterprise(enterprise.uscc, patch);
      message.success(t('enterprise.profileSaved'));
      onSaved();
    } catch (error) {
      message.error(errorMessage(error, language));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={isOpen}
      title={t('enterprise.editProfileTitle')}
      okText={t('figures.save')}
      cancelText={t('figures.cancel')}
      confirmLoading={isSaving}
      onOk={submit}
      onCancel={onClose}
      forceRender
      width={640}
      data-testid="profile-modal"
    >
      <Form<ProfileFormValues> form={form} name="profile" layout="vertical">
        <Form.Item name="name" label={t('enterprise.name')} rules={[required('enterprise.name'), { max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="registeredAddress" label={t('enterprise.registeredAddress')} rules={[required('enterprise.registeredAddress'), { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Form.Item name="district" label={t('enterprise.district')} rules={[required('enterprise.district')]}>
          <Select options={districts} loading={jurisdictions.isLoading} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('enterprise.industryCode')} required rules={[check(checkIndustryCode)]}>
          <Input autoComplete="off" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="registrationDate"
          label={t('enterprise.registrationDate')}
          required
          rules={[check((text) => checkRegistrationDate(text, todayText()))]}
          getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value, 'YYYY-MM-DD') : undefined })}
          normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : '')}
        >
          <DatePicker format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="taxpayerType" label={t('enterprise.taxpayerType')}>
          <Select
            style={{ width: 220 }}
            options={(['GENERAL', 'SMALL_SCALE'] as const).map((type) => ({ value: type, label: t(`taxpayer.${type}`) }))}
          />
        </Form.Item>
        <Form.Item name="isIndividualBusiness" label={t('enterprise.isIndividualBusiness')} valuePropName="checked">
          <Switch checkedChildren={t('enterprise.yes')} unCheckedChildren={t('enterprise.no')} />
        </Form.Item>
        <Form.Item name="tags" label={t('enterprise.tags')} extra={canEditTags ? undefined : t('enterprise.tagsBureauOnly')}>
          <Select mode="multiple" disabled={!canEditTags} options={QUALIFICATION_TAGS.map((tag) => ({ value: tag, label: t(`tag.${tag}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
