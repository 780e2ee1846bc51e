export const CREDIT_ROOT = '/credit';
export const BANK_ROOT = '/credit/bank';
export const OVERSIGHT_ROOT = '/credit/oversight';
export const bankEnterprisePath = (uscc: string) => `${BANK_ROOT}/enterprises/${encodeURIComponent(uscc)}`;
export const WHITELIST_ROOT = '/credit/whitelist';
