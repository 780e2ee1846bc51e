import { z } from 'zod';
import { UsccParam } from '../schemas/common';

const bi = (zh: string, en: string) => ({ message: en, params: { zh, en } });

export const Username = z.string().trim().toLowerCase().refine((s) => /^[a-z0-9][a-z0-9._-]{1,63}$/.test(s), bi('用户名为 2–64 位小写字母、数字或 . _ -，以字母或数字开头', 'a username is 2–64 lower-case letters, digits or . _ -, starting with a letter or digit'))
  .refine((s) => !s.startsWith('oidc-'), bi('以 oidc- 开头的用户名保留给统一身份认证账号', 'usernames starting with oidc- are reserved for identity-service accounts'));
export const Password = z.string().max(256).refine((s) => [...s].length >= 10, bi('密码至少 10 个字符', 'a password has at least 10 characters'));
const PersonName = z.string().trim().min(1).max(100);

export const RegistrationBody = z.strictObject({
  uscc: UsccParam,
  legalRepresentativeName: PersonName,
  displayName: PersonName,
  username: Username,
  password: Password,
});

export const Registration = z.object({
  id: z.string(),
  uscc: z.string(),
  enterpriseName: z.string(),
  district: z.object({ id: z.string(), zh: z.string(), en: z.string() }),
  username: z.string(),
  displayName: z.string(),
  legalRepresentativeName: z.string(),
  registryHasLegalRepresentative: z.boolean(),
  status: z.enum(['PENDING', 'CONFIRMED', 'REJECTED']),
  confirmedBy: z.enum(['LEGAL_REPRESENTATIVE_MATCH', 'BUREAU']).nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

export const StaffAccount = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  isAdministrator: z.boolean(),
  signIn: z.enum(['OIDC', 'PASSWORD']),
  createdAt: z.string(),
});

export const StaffBody = z.strictObject({ username: Username, displayName: PersonName, password: Password });
