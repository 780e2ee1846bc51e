import { Alert, Card, List, Progress, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { formatFenAsYuan } from '../../format/money';
import type { Compliance } from './procurement-api';
import { procurementMessages } from './procurement-messages';
import { CitationList } from './CitationList';

/** Percent (0–100) of the reserved share reached: the worst requirement in force decides. */
export function progressOf(c: Compliance): number {
  const inForce = c.requirements.filter((r) => !r.draft && r.requiredFen > 0);
  if (inForce.length === 0) return c.status === 'MET' ? 100 : 0;
  return Math.min(...inForce.map((r) => Math.min(100, Math.floor((r.actualFen * 100) / r.requiredFen))));
}

/** The reserved-share card: red (error alert, exception progress) until every requirement in force is met, then green. */
export function ComplianceCard({ compliance }: { compliance: Compliance }) {
  const { pick } = useI18n();
  const t = useMessages(procurementMessages);
  const c = compliance;
  const isMet = c.status === 'MET';
  const f = c.figures;
  return (
    <Card title={t('proc.compliance.title', { year: c.year })} data-testid="compliance-card" data-status={c.status} style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type={isMet ? 'success' : c.status === 'NOT_MET' ? 'error' : 'info'} showIcon title={t(`proc.compliance.${c.status}`)} data-testid="compliance-status" />
        <Progress percent={progressOf(c)} status={isMet ? 'success' : 'exception'} data-testid="compliance-progress" aria-label={t('proc.compliance.title', { year: c.year })} />
        <Typography.Text type="secondary">
          {t('proc.compliance.figures', { total: formatFenAsYuan(f.totalBudgetFen), suitable: formatFenAsYuan(f.suitableBudgetFen), reserved: formatFenAsYuan(f.reservedFen), smallMicro: formatFenAsYuan(f.smallMicroFen) })}
        </Typography.Text>
        {c.toMeet.length > 0 && (
          <div data-testid="compliance-to-meet">
            <Typography.Text strong>{t('proc.compliance.toMeet')}</Typography.Text>
            <ul style={{ margin: '4px 0 0' }}>
              {c.toMeet.map((x, i) => <li key={i}>{pick(x)}</li>)}
            </ul>
          </div>
        )}
        <List
          size="small"
          dataSource={c.requirements}
          renderItem={(r) => (
            <List.Item data-testid={`requirement-${r.code}`}>
              <Space direction="vertical" size={0}>
                <Space wrap>
                  <Tag color={r.draft ? 'default' : r.met ? 'green' : 'red'}>{r.draft ? t('proc.compliance.draft') : r.met ? t('proc.compliance.met') : t('proc.compliance.notMet')}</Tag>
                  <Typography.Text>{pick(r.label)}</Typography.Text>
                  {!r.met && r.gapFen > 0 && <Typography.Text type={r.draft ? 'secondary' : 'danger'}>{t('proc.compliance.gap', { amount: formatFenAsYuan(r.gapFen) })}</Typography.Text>}
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{pick(r.explanation)} · <CitationList addresses={r.citations} /></Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        {c.notes.map((n, i) => <Typography.Text key={i} type="secondary" style={{ fontSize: 12 }}>{pick(n)}</Typography.Text>)}
      </Space>
    </Card>
  );
}
