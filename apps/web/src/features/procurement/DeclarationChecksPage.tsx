import { Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchDeclarationChecks, type CheckedDeclaration } from './procurement-api';
import { procurementMessages } from './procurement-messages';

type Size = 'large' | 'medium' | 'small' | 'micro';

/** `/procurement/declaration-checks`: issued declarations whose declared size differs from the registry (SME bureau). */
export function DeclarationChecksPage() {
  const { pick } = useI18n();
  const t = useMessages(procurementMessages);
  const checks = useApi(fetchDeclarationChecks, []);
  if (checks.error) return <LoadFailure error={checks.error} onRetry={checks.reload} />;
  return (
    <div data-testid="declaration-checks">
      <Typography.Title level={3}>{t('proc.checks.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('proc.checks.intro')}</Typography.Paragraph>
      <Table<CheckedDeclaration>
        rowKey="id"
        loading={checks.isLoading}
        dataSource={checks.data ?? []}
        locale={{ emptyText: t('proc.checks.empty') }}
        columns={[
          { title: t('proc.checks.date'), dataIndex: 'date' },
          { title: t('proc.checks.supplier'), dataIndex: 'supplierName' },
          { title: t('proc.checks.project'), render: (_: unknown, d) => `${d.purchaser} · ${d.projectName}` },
          { title: t('proc.checks.declared'), render: (_: unknown, d) => <Tag color="orange">{t(`proc.size.${d.check.declaredSize as Size}`)}</Tag> },
          { title: t('proc.checks.computed'), render: (_: unknown, d) => (d.check.computedSize ? <Tag color="blue">{t(`proc.size.${d.check.computedSize as Size}`)}</Tag> : '—') },
          { title: t('proc.checks.now'), render: (_: unknown, d) => (d.currentCheck ? <Tag color={d.currentCheck.status === 'MISMATCH' ? 'red' : d.currentCheck.status === 'CONSISTENT' ? 'green' : 'default'}>{d.currentCheck.computedSize ? t(`proc.size.${d.currentCheck.computedSize as Size}`) : t('proc.checks.unknown')}</Tag> : '—') },
          { title: t('proc.checks.reason'), render: (_: unknown, d) => ((d.currentCheck?.status === 'MISMATCH' ? d.currentCheck : d.check).reasons.slice(0, 1).map((r) => pick(r)).join('')) },
          { title: t('proc.public.declaration'), render: (_: unknown, d) => <a href={`/api/procurement/declarations/${d.id}?format=html`} download>{d.title}</a> },
        ]}
      />
    </div>
  );
}
