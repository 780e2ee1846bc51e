import { Select } from 'antd';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { fetchCategories } from './services-api';

/** The service categories (深圳 第十五条; 上海 第十二条) as plain Chinese labels. */
export function CategorySelect(props: { value?: string | string[]; onChange?: (v: never) => void; multiple?: boolean; allowClear?: boolean; placeholder?: string; style?: React.CSSProperties; 'data-testid'?: string; 'aria-label'?: string; id?: string }) {
  const { pick } = useI18n();
  const { data } = useApi(() => fetchCategories(), []);
  return (
    <Select
      mode={props.multiple ? 'multiple' : undefined} allowClear={props.allowClear} placeholder={props.placeholder} style={props.style} data-testid={props['data-testid']} aria-label={props['aria-label']} id={props.id}
      value={props.value as never} onChange={props.onChange}
      options={(data?.items ?? []).map((c) => ({ value: c.code, label: pick(c.label) }))}
    />
  );
}
