import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

/** Types of the home module's API (packages/api/src/home/home-schemas.ts). Money is integer fen. */
export interface HomeCard {
  key: string;
  value: number;
  unit: 'COUNT' | 'FEN';
  isEstimated: boolean;
  isAttention: boolean;
  link: string | null;
}

export type DeadlineKind = 'APPEAL' | 'BENEFIT_REVIEW' | 'CONSULTATION_PERIOD' | 'CULTIVATION_PUBLICITY' | 'CONSENT_EXPIRY';

export interface HomeDeadline {
  kind: DeadlineKind;
  title: string;
  due: string;
  isOverdue: boolean;
  link: string;
}

export interface HomePolicy {
  policyId: string;
  title: BilingualText;
  amountFen: number | null;
  isCash: boolean;
  action: 'APPLY' | 'CONFIRM' | 'NONE';
  link: string;
}

export interface HomeNotice {
  id: string;
  kind: 'ELIGIBLE' | 'UNKNOWN' | 'CONSULTATION_OPENED';
  title: BilingualText;
  createdAt: string;
  isRead: boolean;
}

export type HomeRole = 'enterprise' | 'bureau' | 'department' | 'bank' | 'auditor' | 'finance';

export interface HomeSummary {
  role: HomeRole;
  today: string;
  asOf: string;
  figures: HomeCard[];
  queues: HomeCard[];
  deadlines: HomeDeadline[];
  paidByMonth: { month: string; valueFen: number }[] | null;
  enterprise: {
    name: string;
    sizeClass: { isClassified: boolean; label: BilingualText | null };
    eligibleCount: number;
    unknownCount: number;
    eligibleCashFen: number;
    policies: HomePolicy[];
    notices: HomeNotice[];
    isProvider: boolean;
  } | null;
}

export interface PublicHome {
  today: string;
  figures: HomeCard[];
  consultations: { id: string; title: string; issuingBody: string; status: 'OPEN' | 'PROCESSING' | 'CLOSED'; endDate: string; commentCount: number }[];
  publicity: { enterpriseName: string; tier: BilingualText; until: string }[];
}

export function fetchHome(role: HomeRole): Promise<HomeSummary> {
  return request<HomeSummary>('GET', `/api/home/${role}`);
}

export function fetchPublicHome(): Promise<PublicHome> {
  return request<PublicHome>('GET', '/api/home/public');
}
