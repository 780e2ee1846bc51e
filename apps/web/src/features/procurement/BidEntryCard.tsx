import { useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Table } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { evaluateBids, type BidInput, type Project, type SizeClass } from './procurement-api';
import { procurementMessages } from './procurement-messages';
import { todayInChina } from './labels';

interface Row { key: number; supplier: string; price: string; size: SizeClass }
const SIZES: SizeClass[] = ['large', 'medium', 'small', 'micro'];

/** The committee's bid table: supplier, price in yuan and the maker's size; evaluated by the server and stored. */
export function BidEntryCard({ project, onEvaluated }: { project: Project; onEvaluated(): void }) {
  const { language } = useI18n();
  const t = useMessages(procurementMessages);
  const [rows, setRows] = useState<Row[]>([{ key: 1, supplier: '', price: '', size: 'small' }]);
  const [date, setDate] = useState(todayInChina());
  const [lotId, setLotId] = useState('');
  const [rate, setRate] = useState('0.1');
  const [consortiumRate, setConsortiumRate] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const lots = project.reservation.method === 'LOTS' ? project.reservation.lots : [];
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const bids: BidInput[] = rows.map((r, i) => ({ id: String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : ''), supplier: r.supplier.trim(), price: r.price.trim().replace(/,/g, ''), items: [{ makerSize: r.size }] }));
      await evaluateBids(project.id, { date, lotId: lotId.trim() || null, ...(rate.trim() ? { deductionRate: rate.trim() } : {}), ...(consortiumRate.trim() ? { consortiumDeductionRate: consortiumRate.trim() } : {}), bids });
      onEvaluated();
    } catch (e) {
      setFailure(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('proc.bids.title')} style={{ marginBottom: 16 }} data-testid="bid-entry">
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="bid-error" />}
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('proc.bids.date')}</span>
        <Input value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 130 }} />
        <span>{t('proc.bids.lot')}</span>
        <Select allowClear style={{ width: 160 }} value={lotId || undefined} onChange={(v?: string) => setLotId(v ?? '')} options={lots.map((l) => ({ value: l.id, label: `${l.id}${l.name ? ` ${l.name}` : ''}` }))} />
        <span>{t('proc.bids.rate')}</span>
        <Input value={rate} onChange={(e) => setRate(e.target.value)} style={{ width: 90 }} data-testid="bid-rate" />
        <span>{t('proc.bids.consortiumRate')}</span>
        <Input value={consortiumRate} onChange={(e) => setConsortiumRate(e.target.value)} style={{ width: 90 }} />
      </Space>
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { title: t('proc.bids.supplier'), render: (_: unknown, r) => <Input value={r.supplier} onChange={(e) => update(r.key, { supplier: e.target.value })} data-testid={`bid-supplier-${r.key}`} /> },
          { title: t('proc.bids.price'), render: (_: unknown, r) => <Input value={r.price} onChange={(e) => update(r.key, { price: e.target.value })} data-testid={`bid-price-${r.key}`} /> },
          { title: t('proc.bids.makerSize'), render: (_: unknown, r) => <Select style={{ width: 110 }} value={r.size} onChange={(v: SizeClass) => update(r.key, { size: v })} options={SIZES.map((s) => ({ value: s, label: t(`proc.size.${s}`) }))} /> },
          { title: '', width: 40, render: (_: unknown, r) => rows.length > 1 && <MinusCircleOutlined onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} /> },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => setRows((rs) => [...rs, { key: Math.max(...rs.map((r) => r.key)) + 1, supplier: '', price: '', size: 'small' }])} data-testid="bid-add">{t('proc.bids.add')}</Button>
        <Button type="primary" loading={isBusy} onClick={() => void submit()} data-testid="bid-evaluate">{t('proc.bids.evaluate')}</Button>
      </Space>
    </Card>
  );
}
