import { request } from '../../api/client';

export interface OidcStatus {
  enabled: boolean;
}

export const fetchOidcStatus = () => request<OidcStatus>('GET', '/api/auth/oidc', { quietUnauthorized: true });

export interface RegistrationInput {
  uscc: string;
  legalRepresentativeName: string;
  displayName: string;
  username: string;
  password: string;
}

export const submitRegistration = (input: RegistrationInput) =>
  request<{ status: 'CONFIRMED' | 'PENDING'; enterpriseName: string }>('POST', '/api/accounts/registrations', { body: input, quietUnauthorized: true });

export interface Registration {
  id: string;
  uscc: string;
  enterpriseName: string;
  district: { id: string; zh: string; en: string };
  username: string;
  displayName: string;
  legalRepresentativeName: string;
  registryHasLegalRepresentative: boolean;
  status: 'PENDING' | 'CONFIRMED' | 'REJECTED';
  confirmedBy: 'LEGAL_REPRESENTATIVE_MATCH' | 'BUREAU' | null;
  decisionNote: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export const fetchPendingRegistrations = () => request<{ items: Registration[] }>('GET', '/api/accounts/registrations', { query: { status: 'PENDING' } });
export const confirmRegistration = (id: string) => request<Registration>('POST', `/api/accounts/registrations/${encodeURIComponent(id)}/confirm`);
export const rejectRegistration = (id: string, note: string) => request<Registration>('POST', `/api/accounts/registrations/${encodeURIComponent(id)}/reject`, { body: { note } });

export interface StaffAccount {
  userId: string;
  username: string;
  displayName: string;
  isAdministrator: boolean;
  signIn: 'OIDC' | 'PASSWORD';
  createdAt: string;
}

export const fetchStaff = (uscc: string) => request<{ items: StaffAccount[]; canManage: boolean }>('GET', `/api/enterprises/${encodeURIComponent(uscc)}/staff`);
export const addStaff = (uscc: string, input: { username: string; displayName: string; password: string }) =>
  request<StaffAccount>('POST', `/api/enterprises/${encodeURIComponent(uscc)}/staff`, { body: input });
export const removeStaff = (uscc: string, userId: string) => request<void>('DELETE', `/api/enterprises/${encodeURIComponent(uscc)}/staff/${encodeURIComponent(userId)}`);
