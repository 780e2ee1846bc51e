import { INTAKE_KINDS } from '@huiqi/kernel';
import { z } from 'zod';
import { Bilingual } from '../schemas/common';

const ROLE = z.enum(['ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN', 'SME_BUREAU_FINANCE']);
const text = (max: number) => z.string().max(max);

export const AdminDepartment = z.object({
  id: z.string(), name: Bilingual, jurisdiction: z.string(), jurisdictionName: Bilingual, parentId: z.string().nullable(), parentName: Bilingual.nullable(),
  isSmeBureau: z.boolean(), deactivatedAt: z.string().nullable(), activeOfficers: z.number().int(), activeTokens: z.number().int(),
});

export const CreateDepartmentInput = z.object({
  id: text(48), nameZh: text(100), nameEn: text(200).default(''), jurisdiction: text(64), parentId: text(48).nullable().default(null), isSmeBureau: z.boolean().default(false),
});
export const UpdateDepartmentInput = z.object({
  nameZh: text(100).optional(), nameEn: text(200).optional(), jurisdiction: text(64).optional(), parentId: text(48).nullable().optional(),
}).refine((v) => Object.keys(v).length > 0, { message: 'change at least one field', params: { zh: '请至少修改一项', en: 'change at least one field' } });

export const AdminAccount = z.object({
  id: z.string(), username: z.string(), displayName: z.string(), role: ROLE, jurisdiction: z.string(), departmentId: z.string().nullable(),
  departmentName: Bilingual.nullable(), disabled: z.boolean(), mustChangePassword: z.boolean(), isDemo: z.boolean(), createdAt: z.string(), disabledAt: z.string().nullable(),
});

export const CreateAccountInput = z.object({
  username: text(64), displayName: text(100), role: text(32), password: text(200), departmentId: text(48).nullable().default(null), jurisdiction: text(64).nullable().default(null),
});

export const AccountQuery = z.object({
  role: ROLE.optional(), departmentId: text(48).optional(), q: text(64).optional(), status: z.enum(['ACTIVE', 'DISABLED']).optional(),
});

export const DepartmentToken = z.object({
  id: z.string(), name: z.string(), prefix: z.string(), departmentId: z.string(), departmentName: Bilingual, intakeKinds: z.array(z.enum(INTAKE_KINDS)),
  createdAt: z.string(), createdBy: z.string().nullable(), expiresAt: z.string().nullable(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(),
  status: z.enum(['ACTIVE', 'EXPIRED', 'REVOKED']),
});

export const CreateTokenInput = z.object({
  departmentId: text(48), name: text(100), intakeKinds: z.array(text(40)).max(INTAKE_KINDS.length + 2), expiresAt: text(40),
});

export const JurisdictionOption = z.object({ id: z.string(), parentId: z.string().nullable(), name: Bilingual });

export const ChangePasswordInput = z.object({ currentPassword: text(200), newPassword: text(200) });
