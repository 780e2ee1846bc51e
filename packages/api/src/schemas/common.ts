import { checkUscc, parsePlainDate } from '@huiqi/kernel';
import { z } from 'zod';

export const Bilingual = z.object({ zh: z.string(), en: z.string() });

/** A unified social credit code, checked per GB 32100 with the kernel's bilingual reason. */
export const UsccParam = z.string().transform((value, ctx) => {
  const r = checkUscc(value);
  if (!r.valid) {
    ctx.addIssue({ code: 'custom', message: r.reason!.en, params: { zh: r.reason!.zh, en: r.reason!.en }, input: value });
    return z.NEVER;
  }
  return value.trim().toUpperCase();
});

/** A calendar date YYYY-MM-DD (not a JS Date). */
export const PlainDateString = z.string().refine((s) => parsePlainDate(s) !== null, {
  message: 'must be a calendar date YYYY-MM-DD',
  params: { zh: '应为有效日期，格式 YYYY-MM-DD', en: 'must be a calendar date YYYY-MM-DD' },
});

export const Fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const PageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: Bilingual, details: z.unknown().optional() }),
});
