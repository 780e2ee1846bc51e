import { QUALIFICATION_TAGS, TAXPAYER_TYPES } from '@huiqi/db';
import { z } from 'zod';
import { Bilingual, Fen, PlainDateString } from './common';

export const IndustryCode = z.string().refine((s) => /^[A-T](\d{2}(\d{1,2})?)?$/.test(s), {
  message: 'must be a GB/T 4754-2017 code such as C or C3911',
  params: { zh: '应为 GB/T 4754-2017 行业代码，如 C 或 C3911', en: 'must be a GB/T 4754-2017 code such as C or C3911' },
});
export const QualificationTag = z.enum(QUALIFICATION_TAGS);

export const EnterpriseSummary = z.object({
  uscc: z.string(),
  name: z.string(),
  district: z.string(),
  districtName: z.string(),
  industryCode: z.string(),
  registrationDate: z.string(),
  tags: z.array(z.string()),
  latestYear: z.number().int().nullable(),
  employees: z.number().int().nullable(),
  revenueFen: z.number().int().nullable(),
});

export const EnterpriseProfile = z.object({
  uscc: z.string(),
  name: z.string(),
  registeredAddress: z.string(),
  district: z.string(),
  districtName: Bilingual,
  industryCode: z.string(),
  registrationDate: z.string(),
  taxpayerType: z.enum(TAXPAYER_TYPES),
  isIndividualBusiness: z.boolean(),
  tags: z.array(z.string()),
  version: z.number().int(),
  validFrom: z.string(),
});

export const YearlyFigures = z.object({
  year: z.number().int(),
  employees: z.number().int(),
  revenueFen: z.number().int(),
  totalAssetsFen: z.number().int(),
  rdExpenseFen: z.number().int().nullable(),
  mainBusinessRevenueFen: z.number().int().nullable(),
  version: z.number().int(),
  validFrom: z.string(),
});

export const EnterprisePermissions = z.object({
  canEdit: z.boolean(),
  canEditTags: z.boolean(),
  canRecordFigures: z.boolean(),
});

export const EnterpriseDetail = z.object({
  enterprise: EnterpriseProfile,
  figures: z.array(YearlyFigures),
  permissions: EnterprisePermissions,
  asOf: z.string().nullable(),
});

export const EnterprisePatchInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    registeredAddress: z.string().trim().min(1).max(500).optional(),
    district: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)*$/).optional(),
    industryCode: IndustryCode.optional(),
    registrationDate: PlainDateString.optional(),
    taxpayerType: z.enum(TAXPAYER_TYPES).optional(),
    isIndividualBusiness: z.boolean().optional(),
    tags: z.array(QualificationTag).max(20).optional(),
  })
  .refine((o) => Object.values(o).some((v) => v !== undefined), {
    message: 'give at least one field to change',
    params: { zh: '请至少提供一个要修改的字段', en: 'give at least one field to change' },
  });

export const EnterpriseCreateInput = z.strictObject({
  uscc: z.string(),
  name: z.string().trim().min(1).max(200),
  registeredAddress: z.string().trim().min(1).max(500),
  district: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)*$/),
  industryCode: IndustryCode,
  registrationDate: PlainDateString,
  taxpayerType: z.enum(TAXPAYER_TYPES),
  isIndividualBusiness: z.boolean(),
  tags: z.array(QualificationTag).max(20).default([]),
});

export const FiguresInput = z.strictObject({
  employees: z.number().int().min(0).max(10_000_000),
  revenueFen: Fen,
  totalAssetsFen: Fen,
  rdExpenseFen: Fen.nullable().optional(),
  mainBusinessRevenueFen: Fen.nullable().optional(),
});

export const HistoryEntry = z.object({
  kind: z.enum(['PROFILE', 'FIGURES']),
  version: z.number().int(),
  year: z.number().int().nullable(),
  changeKind: z.enum(['CREATED', 'IMPORTED', 'UPDATED']),
  validFrom: z.string(),
  actor: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).nullable(),
  changedFields: z.array(z.string()),
});
