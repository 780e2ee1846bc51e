import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../errors/LoadFailure';
import { Citation } from '../policies/Citation';
import { channelLabel } from './PolicyListPage';
import { fetchPolicy } from './rulebook-api';
import { rulebookMessages } from './rulebook-messages';

/** `/rulebook/policies/:id`: versions, each condition with its formula and cited article, the amount formula. */
export function PolicyDetailPage() {
  const { id = '' } = useParams();
  const { pick } = useI18n();
  const t = useMessages(rulebookMessages);
  const state = useApi(() => fetchPolicy(id), [id]);
  if (state.error) return <LoadFailure error={state.error} onRetry={state.reload} />;
  const p = state.data;
  if (!p) return <Card loading />;
  return (
    <div data-testid="rulebook-policy">
      <Typography.Title level={3}>{pick(p.title)}</Typography.Title>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('rulebook.col.department')}>{pick(p.department)}</Descriptions.Item>
        <Descriptions.Item label={t('rulebook.col.jurisdiction')}>{pick(p.jurisdictionName)}</Descriptions.Item>
        <Descriptions.Item label={t('rulebook.col.channel')}>{pick(channelLabel(p.channel))}</Descriptions.Item>
        <Descriptions.Item label="id"><Typography.Text code>{p.id}</Typography.Text></Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('rulebook.implements')}</Typography.Title>
      {p.implements.map((c) => <Citation key={c.address} cite={c} />)}
      <Typography.Title level={4} style={{ marginTop: 16 }}>{t('rulebook.versions')}</Typography.Title>
      {p.versions.map((v) => (
        <Card key={v.from} size="small" style={{ marginBottom: 12 }} title={<Space>{`${v.from} — ${v.until ?? t('rulebook.open')}`}{v.unverified && <Tag color="orange">{t('rulebook.unverified')}</Tag>}</Space>}>
          {v.note && <Typography.Paragraph type="secondary">{t('rulebook.labelValue', { label: t('rulebook.note'), value: v.note })}</Typography.Paragraph>}
          <Typography.Text strong>{t('rulebook.conditions')}</Typography.Text>
          <ol>
            {v.conditions.map((c) => (
              <li key={c.id} style={{ marginBottom: 8 }}>
                <div>{pick(c.label)}</div>
                <Typography.Text code style={{ fontSize: 12 }}>{c.when}</Typography.Text>
                <Citation cite={c.cite} date={v.from} compact />
              </li>
            ))}
          </ol>
          {v.amount && (
            <>
              <Typography.Text strong>{t('rulebook.amount')}</Typography.Text>
              <div style={{ margin: '4px 0 8px 16px' }}>
                <div>{pick(v.amount.label)}</div>
                <Typography.Text code style={{ fontSize: 12 }}>{v.amount.formula}</Typography.Text>
                <Citation cite={v.amount.cite} date={v.from} compact />
              </div>
            </>
          )}
          {v.outputs.length > 0 && (
            <>
              <Typography.Text strong>{t('rulebook.outputs')}</Typography.Text>
              <ul>
                {v.outputs.map((o) => (
                  <li key={o.id}>
                    {pick(o.label)} <Typography.Text code style={{ fontSize: 12 }}>{o.formula}</Typography.Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      ))}
    </div>
  );
}
