import { Space, Tag } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { tagLabelKey } from './labels';

const COLORS: Readonly<Record<string, string>> = {
  HIGH_TECH: 'geekblue',
  TECH_SME: 'cyan',
  SPECIALIZED: 'purple',
  LITTLE_GIANT: 'gold',
  INNOVATIVE_SME: 'green',
};

export function TagList({ tags }: { tags: readonly string[] }) {
  const { t } = useI18n();
  if (tags.length === 0) return <span>{t('enterprise.noTags')}</span>;
  return (
    <Space size={[0, 4]} wrap>
      {tags.map((tag) => {
        const key = tagLabelKey(tag);
        return (
          <Tag key={tag} color={COLORS[tag] ?? 'default'} title={tag}>
            {key ? t(key) : tag}
          </Tag>
        );
      })}
    </Space>
  );
}
