import { z } from 'zod';
import { ACCESS_LEVELS, COLLATERAL_KINDS, CREDIT_SCOPES, LOAN_KINDS, URGENCIES } from '@huiqi/workflows';
import { Fen, PlainDateString, UsccParam } from '../schemas/common';

const zhEn = (zh: string, en: string) => ({ message: en, params: { zh, en } });

export const IdParams = z.object({ id: z.string().min(1).max(100) });
export const UsccParams = z.object({ uscc: UsccParam });

/** Grant body. Business rules (known institution, non-empty scopes, period) are the domain's checks, which name the field. */
export const GrantBody = z.object({
  institutionId: z.string().min(1).max(100),
  scopes: z.array(z.object({ scope: z.enum(CREDIT_SCOPES), access: z.enum(ACCESS_LEVELS) })).max(CREDIT_SCOPES.length * 2),
  purpose: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('FINANCING_DEMAND'), demandId: z.string().min(1).max(100), text: z.string().max(500) }),
    z.object({ kind: z.literal('PRODUCT'), productName: z.string().min(1, zhEn('请填写产品名称', 'Name the product')).max(100), text: z.string().max(500) }),
  ]),
  startDate: PlainDateString,
  endDate: PlainDateString,
});

export const ConsentListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The last row of the previous page: `<grantedAt>|<consentId>`. */
  after: z.string().max(200).regex(/^[^|]+\|[^|]+$/, zhEn('翻页标记格式不正确', 'Malformed page marker')).optional(),
});

export const AccessLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
  refusedOnly: z.enum(['true', 'false']).optional(),
});

export const ReadQuery = z.object({
  /** Comma-separated scopes; default: every scope the live consents grant in full. */
  scopes: z
    .string()
    .max(400)
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== ''))
    .pipe(z.array(z.enum(CREDIT_SCOPES)).min(1, zhEn('请至少选择一项数据', 'Name at least one scope')))
    .optional(),
});

export const VerifyBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('REVENUE_AT_LEAST'), year: z.number().int().min(1990).max(2100), thresholdFen: Fen }),
  z.object({ kind: z.literal('EMPLOYEES_AT_LEAST'), year: z.number().int().min(1990).max(2100), count: z.number().int().min(0).max(10_000_000) }),
  z.object({ kind: z.literal('HOLDS_QUALIFICATION'), tag: z.string().min(1).max(40), onDate: PlainDateString }),
]);

export const ReceiptCheckBody = z.object({ body: z.object({ consentId: z.string().min(1).max(100) }).passthrough(), digest: z.string().max(200) });

export const DemandBody = z.object({
  amountFen: Fen,
  termMonths: z.number().int().min(0).max(10_000),
  purpose: z.string().max(2000),
  collateral: z.enum(COLLATERAL_KINDS),
  urgency: z.enum(URGENCIES),
});

export const ReleaseBody = z.object({ reason: z.string().max(2000) });

export const LoanBody = z.object({
  grantedAmountFen: Fen,
  annualRatePercent: z.string().max(20),
  termMonths: z.number().int().min(0).max(10_000),
  isFirstLoan: z.boolean(),
  kind: z.enum(LOAN_KINDS),
  grantedOn: PlainDateString,
});

/** 产融合作白名单: a department's nomination; the bureau's review; a published edition's period. */
export const NominationBody = z.object({ uscc: UsccParam, reason: z.string().max(2000) });
export const ReviewBody = z.object({ decision: z.enum(['ACCEPTED', 'REFUSED']), reason: z.string().max(2000).optional() });
export const EditionBody = z.object({ validFrom: PlainDateString, validUntil: PlainDateString });
export const EditionParams = z.object({ no: z.coerce.number().int().min(1).max(1_000_000) });
export const RemovalBody = z.object({ uscc: UsccParam, reason: z.string().max(2000) });

/** 贷款产品: terms in fen and months, the rate as exact decimal text, eligibility conditions in the rules language. */
export const ProductBody = z.object({
  name: z.string().max(200),
  description: z.string().max(4000).optional(),
  minAmountFen: Fen,
  maxAmountFen: Fen,
  annualRatePercent: z.string().max(20),
  minTermMonths: z.number().int().min(0).max(10_000),
  maxTermMonths: z.number().int().min(0).max(10_000),
  collateral: z.array(z.enum(COLLATERAL_KINDS)).max(COLLATERAL_KINDS.length * 2),
  conditions: z.array(z.object({
    id: z.string().max(60),
    label: z.object({ zh: z.string().max(200), en: z.string().max(200).optional() }),
    when: z.string().max(1000),
    /** A law-library address; default: 中小企业促进法 第十六条第一款. */
    cite: z.string().max(300).optional(),
  })).max(50),
});
