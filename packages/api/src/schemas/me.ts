import { z } from 'zod';
import { Bilingual } from './common';

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN', 'SME_BUREAU_FINANCE']),
  jurisdiction: z.string(),
  uscc: z.string().optional(),
  enterpriseName: z.string().optional(),
  departmentId: z.string().optional(),
  departmentName: Bilingual.optional(),
  institutionId: z.string().optional(),
  institutionName: Bilingual.optional(),
  isDemo: z.boolean(),
  /** An administrator reset or forced it: the user must choose a new password (POST /api/me/password) first. */
  mustChangePassword: z.boolean().optional(),
  authenticatedVia: z.enum(['SESSION', 'TOKEN']).optional(),
});
export type Me = z.infer<typeof Me>;
