import { Form, Input, Radio, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { acceptsParameter, operatorsFor, parameterValueText, termsOf, type Clause, type ClauseOperator } from './condition-builder';
import type { Vocabulary, VocabularyTerm } from './publication-api';
import { publicationMessages, type PublicationMessageKey } from './publication-messages';

const UNITS = ['people', 'count', 'years', 'months', 'days', 'working_days', 'ratio', 'score', 'rank'];

/**
 * The builder of one condition: field (a fact or derived variable, by its Chinese label) →
 * comparison → a value entered as the field's type requires, or a parameter of the rule base.
 * Its fields live in the draft form under `conditions[i].clause`.
 */
export function ClauseBuilder({ name, index, vocabulary, disabled }: { name: number; index: number; vocabulary: Vocabulary; disabled: boolean }) {
  const t = useMessages(publicationMessages);
  const { pick } = useI18n();
  const form = Form.useFormInstance();
  const clause = (Form.useWatch(['conditions', name, 'clause'], form) ?? {}) as Clause;
  const terms = useMemo(() => termsOf(vocabulary), [vocabulary]);
  const term = clause.subject ? terms.get(clause.subject) : undefined;
  const path = (field: keyof Clause) => [name, 'clause', field];
  const id = (part: string) => `condition-${index}-${part}`;

  const termOption = (x: VocabularyTerm) => ({ value: x.name, label: `${pick({ zh: x.labelZh, en: x.labelEn })} (${x.name})` });
  const subjectOptions = [
    { label: t('publication.builder.facts'), options: vocabulary.facts.map(termOption) },
    ...(vocabulary.variables.length > 0 ? [{ label: t('publication.builder.variables'), options: vocabulary.variables.map(termOption) }] : []),
  ];

  /** A new field keeps the comparison when it still applies; the value is cleared when the type changes. */
  const onSubject = (next: string) => {
    const nextTerm = terms.get(next);
    if (!nextTerm) return;
    const ops = operatorsFor(nextTerm.type);
    const keep = clause.op && ops.includes(clause.op) ? clause.op : ops[0];
    const sameType = term?.type === nextTerm.type;
    form.setFieldValue(['conditions', name, 'clause'], {
      ...clause,
      subject: next,
      op: keep,
      source: acceptsParameter(nextTerm.type) ? (clause.source ?? 'VALUE') : 'VALUE',
      value: sameType ? clause.value : undefined,
      moneyUnit: clause.moneyUnit ?? 'WAN_YUAN',
    });
  };

  const valueInput = (x: VocabularyTerm) => {
    switch (x.type) {
      case 'money':
        return (
          <Space.Compact>
            <Form.Item name={path('value')} noStyle>
              <Input style={{ width: 160 }} inputMode="decimal" disabled={disabled} data-testid={id('value')} />
            </Form.Item>
            <Form.Item name={path('moneyUnit')} noStyle initialValue="WAN_YUAN">
              <Select
                style={{ width: 100 }}
                disabled={disabled}
                options={(['WAN_YUAN', 'YUAN'] as const).map((u) => ({ value: u, label: t(`publication.builder.unit.${u}`) }))}
                data-testid={id('unit')}
              />
            </Form.Item>
          </Space.Compact>
        );
      case 'bool':
        return (
          <Form.Item name={path('value')} noStyle>
            <Select style={{ width: 120 }} disabled={disabled} placeholder={t('publication.builder.choose')} options={(['true', 'false'] as const).map((v) => ({ value: v, label: t(`publication.builder.bool.${v}`) }))} data-testid={id('value')} />
          </Form.Item>
        );
      case 'enum':
      case 'set':
        return (
          <Form.Item name={path('value')} noStyle>
            <Select style={{ width: 200 }} disabled={disabled} placeholder={t('publication.builder.choose')} showSearch options={(x.values ?? []).map((v) => ({ value: v, label: v }))} data-testid={id('value')} />
          </Form.Item>
        );
      case 'date':
        return (
          <Form.Item name={path('value')} noStyle>
            <Input style={{ width: 140 }} placeholder="YYYY-MM-DD" disabled={disabled} data-testid={id('value')} />
          </Form.Item>
        );
      default: {
        const unit = x.unit && UNITS.includes(x.unit) ? t(`publication.unit.${x.unit}` as PublicationMessageKey) : undefined;
        return (
          <Form.Item name={path('value')} noStyle>
            <Input style={{ width: x.type === 'text' ? 220 : 180 }} disabled={disabled} suffix={unit} data-testid={id('value')} />
          </Form.Item>
        );
      }
    }
  };

  const withParam = term && acceptsParameter(term.type) && vocabulary.parameters.length > 0;
  return (
    <Space wrap align="center" data-testid={id('builder')}>
      <Form.Item name={path('subject')} noStyle>
        <Select
          style={{ width: 280 }}
          disabled={disabled}
          placeholder={t('publication.builder.subjectPlaceholder')}
          options={subjectOptions}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={onSubject}
          data-testid={id('subject')}
        />
      </Form.Item>
      <Form.Item name={path('op')} noStyle>
        <Select
          style={{ width: 130 }}
          disabled={disabled || !term}
          placeholder={t('publication.builder.operator')}
          options={(term ? operatorsFor(term.type) : []).map((op: ClauseOperator) => ({ value: op, label: t(`publication.op.${op}`) }))}
          data-testid={id('op')}
        />
      </Form.Item>
      {withParam && (
        <Form.Item name={path('source')} noStyle initialValue="VALUE">
          <Radio.Group
            optionType="button"
            size="small"
            disabled={disabled}
            options={(['VALUE', 'PARAM'] as const).map((s) => ({ value: s, label: t(`publication.builder.source.${s}`) }))}
            data-testid={id('source')}
          />
        </Form.Item>
      )}
      {term && (withParam && clause.source === 'PARAM' ? (
        <Form.Item name={path('param')} noStyle>
          <Select
            style={{ width: 320 }}
            disabled={disabled}
            placeholder={t('publication.builder.paramPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            options={vocabulary.parameters.map((p) => {
              const now = parameterValueText(p.value, p.unit, t('publication.builder.unit.WAN_YUAN'));
              return { value: p.path, label: `${pick({ zh: p.labelZh, en: p.labelEn })} · ${p.path}${now ? ` (${t('publication.builder.paramValue', { value: now })})` : ''}` };
            })}
            data-testid={id('param')}
          />
        </Form.Item>
      ) : valueInput(term))}
    </Space>
  );
}
