import type { PlainDate } from '@huiqi/kernel';
import type { ServiceCategory } from '../service-categories';
import type { ProviderActionType } from './provider-status';

/** A qualification the provider declares (资质), with its certificate number and validity. */
export interface ProviderQualification {
  name: string;
  certificateNumber: string | null;
  validUntil: PlainDate | null;
}

/** What a provider declares at registration (and again when it resubmits after a rejection). */
export interface ProviderDeclaration {
  /** The organisation's name as registered. */
  name: string;
  categories: ServiceCategory[];
  qualifications: ProviderQualification[];
  /** A short description shown in the public directory. */
  description: string;
  contactPhone: string;
  /** The shareholders the provider declares (names or USCCs): used by the related-party check. */
  shareholders: string[];
  /** The account vouchers are settled to (收款账户). */
  account: { accountName: string; accountNumber: string; bankName: string };
}

/**
 * Who acts on a provider: the provider's own account (an enterprise user of the provider's USCC) or
 * an officer of the SME bureau.
 */
export type ProviderActor = { kind: 'PROVIDER'; userId: string; uscc: string } | { kind: 'BUREAU'; userId: string };

export interface ProviderPayloads {
  REGISTERED: ProviderDeclaration & { providerId: string; uscc: string };
  RESUBMITTED: ProviderDeclaration;
  APPROVED: { note: string | null };
  REJECTED: { reason: string };
  SUSPENDED: { reason: string };
  REINSTATED: { note: string | null };
  /** 评价: a score of 1–5 by the bureau, with the reason (one rating per action; the latest counts). */
  RATED: { score: number; comment: string };
  WITHDRAWN: Record<string, never>;
}

export interface ProviderAction<T extends ProviderActionType = ProviderActionType> {
  id: string;
  type: T;
  /** ISO instant. */
  at: string;
  actor: ProviderActor;
  payload: ProviderPayloads[T];
}

export type AnyProviderAction = { [T in ProviderActionType]: ProviderAction<T> }[ProviderActionType];
