import { INTAKE_KINDS } from '@huiqi/kernel';
import { z } from 'zod';

export const IntakeKindParam = z.enum(INTAKE_KINDS);
const Bilingual = z.object({ zh: z.string(), en: z.string() });

export const RowProblem = z.object({ line: z.number().int(), column: z.string(), message: Bilingual });

/** What came of a batch (or would come of it: `dryRun`), row by row. */
export const IntakeReportBody = z.object({
  batchId: z.string().nullable(),
  batchKey: z.string().nullable(),
  status: z.enum(['APPLIED', 'PARTIALLY_APPLIED', 'REJECTED']),
  replayed: z.boolean(),
  dryRun: z.boolean(),
  rowCount: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(RowProblem),
  /** The first rows of the file as read (the console's preview table). */
  preview: z.object({ header: z.array(z.string()), rows: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })) }).nullable(),
});

export const IntakeBatchBody = z.object({
  id: z.string(),
  departmentId: z.string().nullable(),
  kind: IntakeKindParam,
  batchKey: z.string(),
  channel: z.enum(['CONSOLE', 'API', 'CLI']),
  fileName: z.string().nullable(),
  receivedAt: z.string(),
  acceptValid: z.boolean(),
  status: z.enum(['APPLIED', 'PARTIALLY_APPLIED', 'REJECTED']),
  rowCount: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});

export const BooleanQuery = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

const VersionSource = z.union([
  z.object({ type: z.literal('INTAKE'), batchId: z.string(), departmentId: z.string().nullable(), departmentName: Bilingual.nullable(), channel: z.string(), receivedAt: z.string() }),
  z.object({ type: z.literal('USER'), role: z.string().nullable(), displayName: z.string().nullable() }),
]);

export const DataSourceBody = z.object({
  kind: z.enum(['PROFILE', 'FIGURES']),
  year: z.number().int().nullable(),
  version: z.number().int(),
  validFrom: z.string(),
  source: VersionSource,
  values: z.record(z.string(), z.unknown()),
  lastDelivery: z.object({ version: z.number().int(), source: VersionSource, values: z.record(z.string(), z.unknown()) }).nullable(),
});

/** A fact a department delivered beyond the registry (社保 headcount, 纳税信用等级), with its origin. */
export const DepartmentFactBody = z.object({
  kind: z.enum(['SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'SHARED_FACTS', 'LOAN_RECORDS']),
  kindName: z.object({ zh: z.string(), en: z.string() }),
  period: z.string(),
  version: z.number().int(),
  values: z.record(z.string(), z.unknown()),
  source: VersionSource,
  /** In words: the month, the evaluation year, the qualification, or the policy the shared facts are for. */
  item: Bilingual,
  /** Each value labelled; unit says how to show it (fen in 元, ratio as a percentage, bool as 是/否). */
  fields: z.array(z.object({ key: z.string(), label: Bilingual, value: z.unknown(), unit: z.enum(['fen', 'ratio', 'people', 'bool', 'date']).nullable() })),
});
