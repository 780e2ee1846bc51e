import { request } from '../../api/client';
import type { Me, Role } from '../../api/types';
import type { BilingualText } from '../../i18n/bilingual';

export interface AdminDepartment {
  id: string;
  name: BilingualText;
  jurisdiction: string;
  jurisdictionName: BilingualText;
  parentId: string | null;
  parentName: BilingualText | null;
  isSmeBureau: boolean;
  deactivatedAt: string | null;
  activeOfficers: number;
  activeTokens: number;
}

export interface AdminAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdiction: string;
  departmentId: string | null;
  departmentName: BilingualText | null;
  disabled: boolean;
  mustChangePassword: boolean;
  isDemo: boolean;
  createdAt: string;
  disabledAt: string | null;
}

export const INTAKE_KINDS = ['REGISTRY', 'YEARLY_FIGURES', 'SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'LOAN_RECORDS', 'SHARED_FACTS'] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

export interface DepartmentToken {
  id: string;
  name: string;
  prefix: string;
  departmentId: string;
  departmentName: BilingualText;
  intakeKinds: IntakeKind[];
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
}

export interface JurisdictionOption {
  id: string;
  parentId: string | null;
  name: BilingualText;
}

export const OFFICER_ROLES = ['SME_BUREAU', 'DEPARTMENT', 'SME_BUREAU_FINANCE', 'AUDITOR', 'ADMIN'] as const satisfies readonly Role[];

const enc = encodeURIComponent;

export const fetchJurisdictions = () => request<{ items: JurisdictionOption[] }>('GET', '/api/admin/jurisdictions');
export const fetchDepartments = () => request<{ items: AdminDepartment[] }>('GET', '/api/admin/departments');
export const createDepartment = (body: { id: string; nameZh: string; nameEn: string; jurisdiction: string; parentId: string | null; isSmeBureau: boolean }) => request<AdminDepartment>('POST', '/api/admin/departments', { body });
export const updateDepartment = (id: string, body: { nameZh?: string; nameEn?: string; jurisdiction?: string; parentId?: string | null }) => request<AdminDepartment>('PATCH', `/api/admin/departments/${enc(id)}`, { body });
export const deactivateDepartment = (id: string) => request<AdminDepartment>('POST', `/api/admin/departments/${enc(id)}/deactivate`);

export const fetchAccounts = () => request<{ items: AdminAccount[] }>('GET', '/api/admin/users');
export const createAccount = (body: { username: string; displayName: string; role: string; password: string; departmentId: string | null; jurisdiction: string | null }) => request<AdminAccount>('POST', '/api/admin/users', { body });
export const accountAction = (id: string, action: 'disable' | 'enable' | 'force-password-change') => request<AdminAccount>('POST', `/api/admin/users/${enc(id)}/${action}`);
export const resetAccountPassword = (id: string) => request<{ account: AdminAccount; temporaryPassword: string }>('POST', `/api/admin/users/${enc(id)}/reset-password`);

export const fetchTokens = () => request<{ items: DepartmentToken[] }>('GET', '/api/admin/tokens');
export const createToken = (body: { departmentId: string; name: string; intakeKinds: IntakeKind[]; expiresAt: string }) => request<{ token: string; item: DepartmentToken }>('POST', '/api/admin/tokens', { body });
export const revokeToken = (id: string) => request<DepartmentToken>('POST', `/api/admin/tokens/${enc(id)}/revoke`);

export const changeOwnPassword = (body: { currentPassword: string; newPassword: string }) => request<Me>('POST', '/api/me/password', { body });
