import { Table } from 'antd';
import { formatFenAsWanYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { LoanView } from './credit-api';
import { creditMessages } from './credit-messages';

/** 放款记录 the banks recorded (the source of first-loan facts and of the statistics). */
export function LoansTable({ loans, isLoading }: { loans: LoanView[]; isLoading: boolean }) {
  const t = useMessages(creditMessages);
  const { pick } = useI18n();
  return (
    <Table<LoanView>
      rowKey="demandId" size="small" loading={isLoading} dataSource={loans} pagination={false} locale={{ emptyText: t('credit.loan.empty') }}
      onRow={() => ({ 'data-testid': 'loan-row' }) as object}
      columns={[
        { title: t('credit.loan.institution'), render: (_, l) => (l.institutionName ? pick(l.institutionName) : '') },
        { title: t('credit.loan.amount'), render: (_, l) => formatFenAsWanYuan(l.grantedAmountFen) },
        { title: t('credit.loan.rate'), dataIndex: 'annualRatePercent' },
        { title: t('credit.loan.term'), dataIndex: 'termMonths' },
        { title: t('credit.loan.kind'), render: (_, l) => t(`credit.loan.kind.${l.kind}`) },
        { title: t('credit.loan.firstLoan'), render: (_, l) => <span data-testid="loan-first">{t(l.isFirstLoan ? 'credit.loan.yes' : 'credit.loan.no')}</span> },
        { title: t('credit.loan.grantedOn'), dataIndex: 'grantedOn' },
      ]}
    />
  );
}
