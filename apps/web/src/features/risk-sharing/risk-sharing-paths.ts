export const BANK_RISK_PATH = '/financing/risk-pool';
export const REVIEW_RISK_PATH = '/financing/risk-claims';
