import { checkUscc } from '@huiqi/kernel';
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

/** A calendar date YYYY-MM-DD (not a JS Date): the kernel's check (the value stays a string; `PlainDateSchema` brands it). */
export { PlainDateTextSchema as PlainDateString } from '@huiqi/kernel';

/**
 * A calendar year: a JSON whole number, or — in a path or query — exactly four digits. Nothing is
 * coerced: "2e3", "0x7e7", " 2023" and "2023.0" are refused, not read as 2000 or 2023.
 */
export function yearOf(min: number, max: number) {
  const message = { zh: `应为 ${min}–${max} 之间的四位年份`, en: `must be a four-digit year from ${min} to ${max}` };
  return z.union([z.number(), z.string()]).transform((value, ctx) => {
    const year = typeof value === 'number' ? value : /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(year) || year < min || year > max) {
      ctx.addIssue({ code: 'custom', message: message.en, params: message, input: value });
      return z.NEVER;
    }
    return year;
  });
}

/** A non-negative amount in integer fen (the kernel's schema; `NonNegativeFenSchema` brands it `Fen`). */
export { NonNegativeFenNumberSchema as Fen } from '@huiqi/kernel';

export const PageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/**
 * A successful answer that is a file, not JSON (PDF, DOCX, CSV, HTML, an attachment): documented by
 * its media type with a binary body, so the OpenAPI document says what a download gives. Fastify
 * sends the route's Buffer or text as it is (a response schema serializes objects only).
 */
export function fileAnswer(mediaTypes: string | readonly string[], description: string) {
  const types = typeof mediaTypes === 'string' ? [mediaTypes] : mediaTypes;
  return { description, content: Object.fromEntries(types.map((t) => [t, { schema: z.string().meta({ format: 'binary' }) }])) };
}

/** A successful answer without a body (204): documented with its description and no content. */
export const NO_CONTENT = z.null().meta({ description: '无内容 No content' });

/** A redirect to another page (302), e.g. to the identity service or back to the app: no content, a Location header. */
export const REDIRECT = z.null().meta({ description: '重定向 Redirect (Location header)' });

/** The OpenAPI 3 document itself (GET /api/openapi.json): its version, info and paths; every other member passes through. */
export const OpenApiDocumentView = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
