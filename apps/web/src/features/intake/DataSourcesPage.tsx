import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { formatCount, formatFenAsWanYuan, formatFenAsYuan } from '../../format/money';
import { formatTimestamp } from '../../format/timestamp';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchDataSources, type DataSource, type DepartmentFact, type IntakeBatch, type VersionSource } from './intake-api';
import { intakeMessages, type IntakeMessageKey } from './intake-messages';

const FIGURE_FIELDS = ['employees', 'revenueFen', 'totalAssetsFen', 'rdExpenseFen', 'mainBusinessRevenueFen'] as const;
const PROFILE_FIELDS = ['name', 'registeredAddress', 'registrationDate', 'taxpayerType'] as const;

/**
 * 数据来源: for the enterprise's registry entry and each year's figures, who delivered the value now
 * used (a department's batch, with the time received, or a person in the platform), and — where the
 * enterprise changed a value a department had delivered — the department's value beside it.
 */
export function DataSourcesPage() {
  const t = useMessages(intakeMessages);
  const { language, pick } = useI18n();
  const { me } = useAuth();
  const uscc = me?.uscc ?? '';
  const { data, error, reload } = useApi(() => fetchDataSources(uscc), [uscc]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;

  const who = (s: VersionSource) =>
    s.type === 'INTAKE'
      ? `${s.departmentName ? pick(s.departmentName) : t('intake.sources.operator')} · ${t(`intake.channel.${s.channel as IntakeBatch['channel']}`)} · ${formatTimestamp(s.receivedAt, language)}`
      : s.role === 'ENTERPRISE' ? t('intake.sources.self') : t('intake.sources.officer');
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (field === 'employees') return t('intake.sources.people', { n: formatCount(Number(v)) });
    if (field.endsWith('Fen')) return t('intake.sources.wan', { n: formatFenAsWanYuan(Number(v)) });
    if (field === 'taxpayerType') return t(v === 'GENERAL' ? 'intake.sources.general' : 'intake.sources.smallScale');
    return String(v);
  };
  const values = (d: { values: Record<string, unknown> }, kind: DataSource['kind']) => (
    <Descriptions size="small" column={1}>
      {(kind === 'PROFILE' ? PROFILE_FIELDS : FIGURE_FIELDS).map((f) => (
        <Descriptions.Item key={f} label={t(`intake.field.${f}` as IntakeMessageKey)}>{value(f, d.values[f])}</Descriptions.Item>
      ))}
    </Descriptions>
  );

  /** A department fact's value as words: 元 for amounts, a percentage for ratios, 是/否, people. */
  const fieldText = (f: DepartmentFact['fields'][number]): string => {
    if (f.value === null || f.value === undefined) return '—';
    switch (f.unit) {
      case 'fen': return t('intake.sources.yuan', { n: formatFenAsYuan(Number(f.value)) });
      case 'ratio': return `${(Number(f.value) * 100).toLocaleString(language === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 4 })}%`;
      case 'bool': return t(f.value === true ? 'intake.sources.yes' : 'intake.sources.no');
      case 'people': return t('intake.sources.people', { n: formatCount(Number(f.value)) });
      default: return String(f.value);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large" data-testid="data-sources-page">
      <Typography.Title level={2}>{t('intake.sources.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intake.sources.intro')}</Typography.Paragraph>
      <Card>
        <Table<DataSource>
          rowKey={(d) => `${d.kind}-${d.year ?? ''}`} loading={!data} dataSource={data?.items ?? []} pagination={false} scroll={{ x: true }} data-testid="data-sources"
          columns={[
            { title: t('intake.sources.item'), render: (_, d) => (d.kind === 'PROFILE' ? t('intake.sources.profile') : t('intake.sources.year', { year: d.year ?? '' })) },
            { title: t('intake.sources.current'), render: (_, d) => values(d, d.kind) },
            { title: t('intake.sources.from'), render: (_, d) => <Tag color={d.source.type === 'INTAKE' ? 'blue' : 'default'}>{who(d.source)}</Tag> },
            {
              title: t('intake.sources.delivered'),
              render: (_, d) => (d.lastDelivery ? (
                <Space direction="vertical" size={0}>
                  <Alert type="info" showIcon message={t('intake.sources.differs', { who: who(d.lastDelivery.source) })} />
                  {values(d.lastDelivery, d.kind)}
                </Space>
              ) : '—'),
            },
          ]}
        />
      </Card>
      <Card title={t('intake.sources.deptFacts')}>
        <Typography.Paragraph type="secondary">{t('intake.sources.deptFactsIntro')}</Typography.Paragraph>
        <Table<DepartmentFact>
          rowKey={(f) => `${f.kind}-${f.period}`} loading={!data} dataSource={data?.departmentFacts ?? []} pagination={false} scroll={{ x: true }} data-testid="department-facts"
          locale={{ emptyText: t('intake.sources.deptFactsEmpty') }}
          columns={[
            { title: t('intake.sources.kind'), render: (_, f) => pick(f.kindName) },
            { title: t('intake.sources.item'), render: (_, f) => pick(f.item) },
            {
              title: t('intake.sources.current'),
              render: (_, f) => (
                <Descriptions size="small" column={1}>
                  {f.fields.map((x) => <Descriptions.Item key={x.key} label={pick(x.label)}>{fieldText(x)}</Descriptions.Item>)}
                </Descriptions>
              ),
            },
            { title: t('intake.sources.from'), render: (_, f) => <Tag color="blue">{who(f.source)}</Tag> },
          ]}
        />
      </Card>
    </Space>
  );
}
