import { useState } from 'react';
import { Button, Card, Collapse, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { formatFenAsWanYuan } from '../../format/money';
import { useApi } from '../../api/use-api';
import { useFormat } from '../../i18n/format-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchProductDemands, fetchProducts, withdrawProduct, type ProductView } from './credit-api';
import { creditMessages } from './credit-messages';
import { ProductForm } from './ProductForm';

/** The demands that fit one product's published terms (a bank never reads the enterprise's data to match). */
function ProductDemands({ productId, version }: { productId: string; version: number }) {
  const t = useMessages(creditMessages);
  const { pick } = useI18n();
  const { data, error, isLoading, reload } = useApi(() => fetchProductDemands(productId), [productId, version]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Table
      rowKey={(x) => x.demand.demandId} size="small" loading={isLoading} dataSource={data?.items ?? []} pagination={{ pageSize: 5 }} locale={{ emptyText: t('credit.demand.empty') }}
      onRow={(x) => ({ 'data-testid': `product-demand-${x.demand.demandId}`, 'data-status': x.match.status }) as object}
      columns={[
        { title: t('credit.demand.enterprise'), render: (_, x) => x.demand.enterpriseName },
        { title: t('credit.demand.amount'), render: (_, x) => formatFenAsWanYuan(x.demand.amountFen) },
        { title: t('credit.demand.purpose'), render: (_, x) => x.demand.purpose },
        { title: t('credit.product.match'), render: (_, x) => <Tag>{t(`credit.product.status.${x.match.status}`)}</Tag> },
        { title: t('credit.product.why'), render: (_, x) => <Space direction="vertical" size={0}>{[...x.match.terms.filter((m) => !m.met).map((m) => m.reason), ...x.match.reasons].map((r, i) => <span key={i}>{pick(r)}</span>)}</Space> },
      ]}
    />
  );
}

/** 贷款产品 of a bank: define one (eligibility in the rules language), withdraw, and see the demands each one fits. */
export function ProductsCard({ version: outer = 0 }: { version?: number }) {
  const t = useMessages(creditMessages);
  const f = useFormat();
  const { pick } = useI18n();
  const [version, setVersion] = useState(0);
  const { data, error, isLoading, reload } = useApi(() => fetchProducts(), [version, outer]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Card title={t('credit.product.title')} data-testid="products-card">
      <Space direction="vertical" style={{ width: '100%' }} size="large">
        <Collapse size="small" items={[{ key: 'new', label: <span data-testid="product-new">{t('credit.product.new')}</span>, children: <ProductForm onDefined={() => setVersion((v) => v + 1)} /> }]} />
        <Table<ProductView>
          rowKey="productId" size="small" loading={isLoading} dataSource={data?.items ?? []} pagination={{ pageSize: 10 }} locale={{ emptyText: t('credit.product.empty') }}
          onRow={(p) => ({ 'data-testid': `product-${p.productId}` }) as object}
          expandable={{ expandedRowRender: (p) => <ProductDemands productId={p.productId} version={version + outer} /> }}
          columns={[
            { title: t('credit.product.name'), dataIndex: 'name' },
            { title: t('credit.product.amountRange'), render: (_, p) => f.range(formatFenAsWanYuan(p.minAmountFen), formatFenAsWanYuan(p.maxAmountFen)) },
            { title: t('credit.product.rate'), dataIndex: 'annualRatePercent' },
            { title: t('credit.product.termRange'), render: (_, p) => f.range(String(p.minTermMonths), String(p.maxTermMonths)) },
            { title: t('credit.product.conditions'), render: (_, p) => <Typography.Text>{f.list(p.conditions.map((c) => pick(c.label)))}</Typography.Text> },
            {
              title: '', render: (_, p) => (p.withdrawnAt ? <Tag>{t('credit.product.withdrawn')}</Tag> : p.canWithdraw && (
                <Popconfirm title={t('credit.product.withdraw')} onConfirm={async () => { await withdrawProduct(p.productId); setVersion((v) => v + 1); }}>
                  <Button size="small">{t('credit.product.withdraw')}</Button>
                </Popconfirm>
              )),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
