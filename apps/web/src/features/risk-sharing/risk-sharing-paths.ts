export const BANK_RISK_PATH = '/financing/risk-pool';
export const REVIEW_RISK_PATH = '/financing/risk-claims';
export const MY_RISK_CLAIMS_PATH = '/financing/my-risk-claims';
