import { Card, Col, InputNumber, List, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { useFormat } from '../../i18n/format-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchOversight, type FrequencyWarning, type Oversight } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';

type Proposal = Oversight['proposals'][number];

/**
 * `/inspections/oversight` (departments, the SME bureau, auditors): 综合查一次 — joint-visit proposals
 * for plans of several departments reaching one enterprise in overlapping windows, the visits they
 * avoid; warnings on frequent visits and visits above an item's annual cap; unregistered-visit reports.
 */
export function OversightPage() {
  const t = useMessages(inspectionsMessages);
  const f = useFormat();
  const [year, setYear] = useState(new Date().getFullYear());
  const data = useApi(() => fetchOversight(year), [year]);
  if (data.error) return <LoadFailure error={data.error} onRetry={data.reload} />;
  const o = data.data;
  const warningText = (w: FrequencyWarning) =>
    w.kind === 'ANNUAL_CAP_EXCEEDED'
      ? t('insp.oversight.capExceeded', { department: w.department.name, item: w.itemName, visits: w.visits, cap: w.cap })
      : t('insp.oversight.highFrequency', { from: w.from, to: w.to, visits: w.visits, departments: f.list(w.departments.map((d) => d.name)), days: o?.highFrequency.windowDays ?? 0, max: o?.highFrequency.maxVisits ?? 0 });
  return (
    <div data-testid="inspection-oversight" data-state={data.isLoading ? 'loading' : 'ready'}>
      <Typography.Title level={3}>{t('insp.oversight.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('insp.oversight.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <span>{t('insp.oversight.year')}</span>
        <InputNumber aria-label={t('insp.oversight.year')} min={2000} max={2200} value={year} onChange={(v) => typeof v === 'number' && setYear(v)} />
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}><Card><Statistic title={t('insp.oversight.planned')} value={o?.plannedVisits ?? 0} /></Card></Col>
        <Col xs={24} sm={8}><Card><Statistic title={t('insp.oversight.after')} value={o?.visitsAfterMerging ?? 0} /></Card></Col>
        <Col xs={24} sm={8}><Card><Statistic title={t('insp.oversight.avoided')} value={o?.visitsAvoided ?? 0} valueStyle={{ color: '#3f8600' }} data-testid="visits-avoided" /></Card></Col>
      </Row>
      <Card title={t('insp.oversight.proposals')} style={{ marginTop: 16 }}>
        <Table<Proposal>
          data-testid="merged-visits"
          rowKey={(p) => `${p.uscc}-${p.from}`}
          size="small"
          loading={data.isLoading}
          dataSource={o?.proposals ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: t('insp.oversight.noProposals') }}
          columns={[
            { title: t('insp.visits.enterprise'), render: (_: unknown, p) => p.enterpriseName ?? p.uscc },
            { title: t('insp.col.department'), render: (_: unknown, p) => f.list(p.departments.map((d) => d.name)) },
            { title: t('insp.oversight.plans'), render: (_: unknown, p) => p.plans.map((x) => <div key={x.planId}>{f.withNote(x.title, x.departmentName)}</div>) },
            { title: t('insp.oversight.window'), render: (_: unknown, p) => f.range(p.from, p.to) },
            { title: t('insp.oversight.avoided'), render: (_: unknown, p) => <Tag color="green">{t('insp.oversight.saves', { n: p.visitsAvoided })}</Tag> },
          ]}
        />
      </Card>
      <Card title={t('insp.oversight.warnings')} style={{ marginTop: 16 }}>
        <List
          data-testid="frequency-warnings"
          size="small"
          dataSource={o?.warnings ?? []}
          locale={{ emptyText: t('insp.oversight.noWarnings') }}
          renderItem={(w) => (
            <List.Item>
              <div>
                <Typography.Text strong>{w.enterpriseName ?? w.uscc}</Typography.Text>
                <div>{warningText(w)}</div>
              </div>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('insp.oversight.reports')} style={{ marginTop: 16 }}>
        <List
          data-testid="unregistered-reports"
          size="small"
          dataSource={o?.unregisteredReports ?? []}
          locale={{ emptyText: t('insp.oversight.noWarnings') }}
          renderItem={(r) => <List.Item>{r.department?.name ?? t('insp.oversight.unknownDepartment')}<Tag style={{ marginLeft: 8 }}>{t('insp.oversight.reportCount', { n: r.count })}</Tag></List.Item>}
        />
      </Card>
    </div>
  );
}
