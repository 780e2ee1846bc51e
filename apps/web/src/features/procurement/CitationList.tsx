import { Fragment } from 'react';
import { LawCitation } from '../law';
import { useMessages } from '../../i18n/define-messages';
import { procurementMessages } from './procurement-messages';

/** The articles a procurement answer cites, each named 《…》第X条 with its text on hover (never the raw address). */
export function CitationList({ addresses, date }: { addresses: readonly string[]; date?: string }) {
  const t = useMessages(procurementMessages);
  return (
    <>
      {addresses.map((a, i) => (
        <Fragment key={a}>
          {i > 0 && t('proc.listSep')}
          <LawCitation address={a} {...(date ? { date } : {})} />
        </Fragment>
      ))}
    </>
  );
}
