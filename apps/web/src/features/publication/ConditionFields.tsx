import { Alert, Button, Card, Form, Input, Segmented, Space, Typography, type FormListFieldData } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useMessages } from '../../i18n/define-messages';
import { ClauseBuilder } from './ClauseBuilder';
import { ConditionCheckResult } from './ConditionCheckResult';
import { CONDITION_ID, conditionText, switchMode, type ConditionFormValues, type ConditionMode } from './draft-form';
import type { Vocabulary } from './publication-api';
import { publicationMessages } from './publication-messages';
import { useConditionCheck } from './use-condition-check';

/**
 * One condition of the draft form: id, labels, the article it applies, and the clause — from the
 * builder or written directly — with the server's check shown under it as the user types.
 */
export function ConditionFields({ field, index, vocabulary, disabled, canRemove, onRemove, serverProblem }: {
  field: FormListFieldData;
  index: number;
  vocabulary: Vocabulary | undefined;
  disabled: boolean;
  canRemove: boolean;
  onRemove(): void;
  serverProblem: string | null;
}) {
  const t = useMessages(publicationMessages);
  const form = Form.useFormInstance();
  const condition = (Form.useWatch(['conditions', field.name], { form, preserve: true }) ?? {}) as ConditionFormValues;
  const mode: ConditionMode = vocabulary && condition.mode === 'BUILDER' ? 'BUILDER' : 'TEXT';
  const text = conditionText({ ...condition, mode }, vocabulary);
  const check = useConditionCheck(text.ok ? text.text : null);
  const [refused, setRefused] = useState(false);
  const id = (part: string) => `condition-${index}-${part}`;
  const required = [{ required: true, message: t('publication.form.required') }];

  const onMode = (to: ConditionMode) => {
    const next = switchMode({ ...condition, mode }, to, vocabulary);
    setRefused(next === null);
    if (next) form.setFieldValue(['conditions', field.name], next);
  };

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`condition-${index}`}
      title={t('publication.form.condition', { n: index + 1 })}
      extra={canRemove && !disabled ? <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} data-testid={id('remove')}>{t('publication.form.removeCondition')}</Button> : null}
    >
      <Form.Item name={[field.name, 'mode']} hidden><Input /></Form.Item>
      <Space wrap align="start">
        <Form.Item
          name={[field.name, 'id']}
          label={t('publication.form.conditionId')}
          rules={[...required, { pattern: CONDITION_ID, message: t('publication.form.badId') }]}
        >
          <Input style={{ width: 140 }} disabled={disabled} data-testid={id('id')} />
        </Form.Item>
        <Form.Item name={[field.name, 'labelZh']} label={t('publication.form.labelZh')} rules={required}>
          <Input style={{ width: 240 }} disabled={disabled} data-testid={id('label-zh')} />
        </Form.Item>
        <Form.Item name={[field.name, 'labelEn']} label={t('publication.form.labelEn')} rules={required}>
          <Input style={{ width: 240 }} disabled={disabled} data-testid={id('label-en')} />
        </Form.Item>
        <Form.Item name={[field.name, 'cite']} label={t('publication.form.cite')} rules={required} tooltip={t('publication.form.citeHelp')}>
          <Input style={{ width: 260 }} disabled={disabled} placeholder="cn/law/sme-promotion#art_2" data-testid={id('cite')} />
        </Form.Item>
      </Space>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{t('publication.form.when')}</Typography.Text>
          <Segmented<ConditionMode>
            size="small"
            value={mode}
            disabled={disabled || !vocabulary}
            options={(['BUILDER', 'TEXT'] as const).map((m) => ({ value: m, label: <span data-testid={id(`mode-${m}`)}>{t(`publication.form.mode.${m}`)}</span> }))}
            onChange={onMode}
          />
          {!vocabulary && <Typography.Text type="secondary">{t('publication.builder.noVocabulary')}</Typography.Text>}
        </Space>
        {refused && <Alert type="info" showIcon title={t('publication.form.modeRefused')} data-testid={id('mode-refused')} />}
        {mode === 'BUILDER' && vocabulary ? (
          <>
            <ClauseBuilder name={field.name} index={index} vocabulary={vocabulary} disabled={disabled} />
            {text.ok ? (
              <Typography.Text type="secondary">{t('publication.builder.text')}<code data-testid={id('text')}>{text.text}</code></Typography.Text>
            ) : (
              <Typography.Text type="secondary" data-testid={id('problem')}>{t(`publication.builder.problem.${text.problem}`)}</Typography.Text>
            )}
          </>
        ) : (
          <Form.Item name={[field.name, 'when']} style={{ marginBottom: 0 }}>
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 6 }}
              disabled={disabled}
              placeholder={t('publication.form.whenPlaceholder')}
              style={{ fontFamily: 'monospace' }}
              data-testid={id('when')}
            />
          </Form.Item>
        )}
        {!disabled && <ConditionCheckResult check={check} text={text.ok ? text.text : ''} testId={id('check')} />}
        {serverProblem && <Alert type="error" showIcon title={serverProblem} data-testid={id('server-problem')} />}
      </Space>
    </Card>
  );
}
