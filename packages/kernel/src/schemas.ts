import { z } from 'zod';
import type { Fen } from './money';
import { isLegalAddress } from './legal-address';
import { isPlainDate } from './plain-date';

/**
 * Zod schemas of the kernel's types, for every boundary that validates input (API requests, files,
 * job payloads): a date field is `PlainDateSchema`, never `z.string()` (tools/kernel-vocabulary.test.ts).
 */

const DATE_ISSUE = { message: 'must be a calendar date YYYY-MM-DD', params: { zh: '应为有效日期，格式 YYYY-MM-DD', en: 'must be a calendar date YYYY-MM-DD' } };

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 and 0000-00-00 are refused), typed `PlainDate`: for input. */
export const PlainDateSchema = z.string().refine(isPlainDate, DATE_ISSUE);

/**
 * The same check with the value left a plain `string`: for response schemas, whose values are built
 * from database rows (the API's `PlainDateString`). Same JSON schema, same refusal.
 */
export const PlainDateTextSchema = z.string().refine((s): boolean => isPlainDate(s), DATE_ISSUE);

/** An amount in integer fen (a safe integer, possibly negative: a refund or a correction), typed `Fen`. */
export const FenSchema = z
  .number()
  .int()
  .refine((n): n is Fen => Number.isSafeInteger(n), { message: 'must be a whole number of fen', params: { zh: '金额应为整数（分）', en: 'must be a whole number of fen' } });

/** A non-negative amount in integer fen with the value left a plain `number` (the API's `Fen`, in response schemas too). */
export const NonNegativeFenNumberSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A non-negative amount in integer fen (a budget, a price, a payment), typed `Fen`. */
export const NonNegativeFenSchema = NonNegativeFenNumberSchema.refine((n): n is Fen => Number.isSafeInteger(n), { message: 'must be a whole, non-negative number of fen', params: { zh: '金额应为不小于零的整数（分）', en: 'must be a whole, non-negative number of fen' } });

/** A legal address as text (`work@version#eId`), well formed; whether it resolves is the law library's check. */
export const LegalAddressSchema = z.string().refine(isLegalAddress, {
  message: 'must be a legal address work@version#eId',
  params: { zh: '应为法条地址（文件@版本#条文）', en: 'must be a legal address work@version#eId' },
});
