import { useState } from 'react';
import { Card, Descriptions, Space, Switch, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../errors/LoadFailure';
import { Citation } from '../policies/Citation';
import { channelLabel } from './PolicyListPage';
import { fetchPolicy } from './rulebook-api';
import { rulebookMessages } from './rulebook-messages';

/**
 * `/rulebook/policies/:id`: versions, each condition in words with its cited article, the amount. The rule's
 * own text (expressions, formulas, the policy's id) is there for the official who checks a rule, behind the
 * 规则原文 switch: by default the page reads in words like every other page.
 */
export function PolicyDetailPage() {
  const { id = '' } = useParams();
  const { pick } = useI18n();
  const t = useMessages(rulebookMessages);
  const state = useApi(() => fetchPolicy(id), [id]);
  const [showSource, setShowSource] = useState(false);
  if (state.error) return <LoadFailure error={state.error} onRetry={state.reload} />;
  const p = state.data;
  if (!p) return <Card loading />;
  return (
    <div data-testid="rulebook-policy">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{pick(p.title)}</Typography.Title>
        <Space title={t('rulebook.showSourceHint')}>
          <Switch checked={showSource} onChange={setShowSource} data-testid="show-rule-source" aria-label={t('rulebook.showSource')} />
          <span>{t('rulebook.showSource')}</span>
        </Space>
      </Space>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('rulebook.col.department')}>{pick(p.department)}</Descriptions.Item>
        <Descriptions.Item label={t('rulebook.col.jurisdiction')}>{pick(p.jurisdictionName)}</Descriptions.Item>
        <Descriptions.Item label={t('rulebook.col.channel')}>{pick(channelLabel(p.channel))}</Descriptions.Item>
        {showSource && <Descriptions.Item label="id"><Typography.Text code>{p.id}</Typography.Text></Descriptions.Item>}
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
                {showSource && <Typography.Text code style={{ fontSize: 12 }} data-testid="rule-source">{c.when}</Typography.Text>}
                <Citation cite={c.cite} date={v.from} compact />
              </li>
            ))}
          </ol>
          {v.amount && (
            <>
              <Typography.Text strong>{t('rulebook.amount')}</Typography.Text>
              <div style={{ margin: '4px 0 8px 16px' }}>
                <div>{pick(v.amount.label)}</div>
                {showSource && <Typography.Text code style={{ fontSize: 12 }} data-testid="rule-source">{v.amount.formula}</Typography.Text>}
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
                    {pick(o.label)} {showSource && <Typography.Text code style={{ fontSize: 12 }} data-testid="rule-source">{o.formula}</Typography.Text>}
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
