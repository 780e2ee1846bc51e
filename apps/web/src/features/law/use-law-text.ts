import { useMessages } from '../../i18n/define-messages';
import { lawMessages, type LawMessageKey } from './law-messages';
import type { LawStatus } from './law-api';

const isKey = (key: string): key is LawMessageKey => key in lawMessages.zh;

/** The law reader's messages plus labels for codes (status, type, jurisdiction) that fall back to the code. */
export function useLawText() {
  const t = useMessages(lawMessages);
  const label = (prefix: string, code: string) => {
    const key = `${prefix}.${code}`;
    return isKey(key) ? t(key) : code;
  };
  return {
    t,
    status: (s: LawStatus) => label('law.status', s),
    type: (type: string) => label('law.type', type),
    jurisdiction: (j: string) => label('law.jur', j),
  };
}

export const STATUS_COLORS: Readonly<Record<LawStatus, string>> = {
  DRAFT: 'orange',
  ADOPTED: 'blue',
  IN_FORCE: 'green',
  REPEALED: 'default',
};
