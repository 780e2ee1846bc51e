export const PUBLIC_MARKS_PATH = '/public/credit-marks';
export const MY_MARKS_PATH = '/credit-marks';
export const REPAIR_REVIEW_PATH = '/credit-repairs';
export const RECORD_PENALTY_PATH = '/credit-marks/penalties';
