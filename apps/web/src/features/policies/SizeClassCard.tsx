import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { Citation } from './Citation';
import type { SizeClassAnswer } from './policies-api';
import { policiesMessages } from './policies-messages';
import './policies.css';

/** 企业规模: 大型/中型/小型/微型 with the reasons and the cited size standard. */
export function SizeClassCard({ size, date }: { size: SizeClassAnswer; date: string }) {
  const { pick } = useI18n();
  const t = useMessages(policiesMessages);
  return (
    <section className="policy-box" aria-labelledby="size-class-title">
      <h2 className="policy-box-title" id="size-class-title">{t('policies.sizeClass')}</h2>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        {size.label ? (
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="size-class">{pick(size.label)}</Typography.Title>
        ) : (
          <Typography.Text type="warning" data-testid="size-class">{t('policies.sizeUnknown')}</Typography.Text>
        )}
        {size.reasons.map((r, i) => (
          <Typography.Text key={i} type="secondary">{pick(r)}</Typography.Text>
        ))}
        {size.missing.length > 0 && (
          <Space wrap>{size.missing.map((m) => <Tag key={m.name} color="gold">{pick(m.label)}</Tag>)}</Space>
        )}
        {size.citations.length > 0 && <Typography.Text strong>{t('policies.sizeStandard')}</Typography.Text>}
        {size.citations.map((c) => <Citation key={c.address} cite={c} date={date} compact />)}
      </Space>
    </section>
  );
}
