import { Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchDemandProducts } from './credit-api';
import { creditMessages } from './credit-messages';
import { ProductMatchList } from './ProductMatchList';

/** The loan products on offer matched against one of the enterprise's demands, with its own data (three-valued, reasons in words). */
export function DemandProducts({ demandId, version = 0 }: { demandId: string; version?: number }) {
  const t = useMessages(creditMessages);
  const { data, error, reload } = useApi(() => fetchDemandProducts(demandId), [demandId, version]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <div data-testid="demand-products">
      <Typography.Text strong>{t('credit.product.forDemand')}</Typography.Text>
      <ProductMatchList matches={data?.items ?? []} />
    </div>
  );
}
