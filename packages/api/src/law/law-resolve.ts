import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parseLegalAddress, parseVersionId, type LegalAddress, type PlainDate } from '@huiqi/kernel';
import { citationName, type LawLibrary } from '@huiqi/legal-text';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { PlainDateString } from '../schemas/common';
import { lawLibrary } from './law-library';
import { WorkStatusSchema } from './law-schemas';
import { workKeyOf } from './work-key';

export const ResolvedTextResponse = z.object({
  address: z.string(),
  workId: z.string(),
  workKey: z.string(),
  version: z.string(),
  versionLabel: z.string().nullable(),
  eid: z.string().nullable(),
  num: z.string(),
  heading: z.string().nullable(),
  text: z.string(),
  /** `第四十五条第一款第（二）项` (the title for a whole text). */
  citation: z.string(),
  /** `《title》第四十五条第一款第（二）项`; a draft's title carries its label (（征求意见稿）). */
  fullCitation: z.string(),
  title: z.string(),
  status: WorkStatusSchema,
  /** True when this version was in force on `date` (or is in force, without a date). */
  inForce: z.boolean(),
  /** The date asked for, or null. */
  date: z.string().nullable(),
  effective: z.string().nullable(),
  effectiveUntil: z.string().nullable(),
  /** Editorial remarks of a 修改对照稿 on this element — not law text. */
  annotations: z.array(z.string()),
});

/** Why an address that parses does not resolve, in both languages. */
function unresolvedReason(lib: LawLibrary, a: LegalAddress, date: PlainDate | null): { zh: string; en: string } {
  const work = lib.work(a.workId);
  if (!work) return { zh: `未找到文件 ${a.workId}`, en: `No document ${a.workId}` };
  const versions = lib.versions(a.workId);
  if (a.version !== null && !versions.some((v) => v.id === a.version)) {
    return { zh: `《${work.title}》没有版本 ${a.version}`, en: `${a.workId} has no version ${a.version}` };
  }
  if (a.version === null && date !== null && !lib.versionOn(a.workId, date)) {
    const first = versions[0] ? parseVersionId(versions[0].id)?.date ?? versions[0].id : '—';
    return { zh: `${date} 时《${work.title}》尚无任何版本（最早版本：${first}）`, en: `${a.workId} had no version on ${date} (earliest: ${first})` };
  }
  const version = a.version ?? lib.versionOn(a.workId, date ?? undefined)?.version.id ?? '';
  return { zh: `《${work.title}》${version} 版本中没有 ${a.eid}`, en: `version ${version} of ${a.workId} has no element ${a.eid}` };
}

/** GET /api/law/resolve?address=…&date=YYYY-MM-DD — the text an address cites, in force on that date (public). */
export function registerLawResolveRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/law/resolve', {
    schema: {
      tags: ['law'],
      summary: '引用解析 The text a citation points at: work[@version][#eId]; without @version the version in force on date (a draft when none is in force). 400 malformed address, 404 when it does not resolve (public)',
      querystring: z.object({ address: z.string().min(1).max(300), date: PlainDateString.optional() }),
      response: { 200: ResolvedTextResponse },
    },
  }, async (request) => {
    const lib = lawLibrary();
    const parsed = parseLegalAddress(request.query.address);
    if (!parsed.ok) throw new AppError('LAW_ADDRESS_INVALID', { message: parsed.error, details: { address: request.query.address } });
    const date = (request.query.date ?? null) as PlainDate | null;
    const found = lib.resolve(parsed.value, date ? { onDate: date } : {});
    if (!found) {
      throw new AppError('LAW_ADDRESS_NOT_RESOLVED', { message: unresolvedReason(lib, parsed.value, date), details: { address: request.query.address, date } });
    }
    const meta = lib.versions(found.workId).find((v) => v.id === found.versionDate);
    return {
      address: found.address,
      workId: found.workId,
      workKey: workKeyOf(found.workId),
      version: found.versionDate,
      versionLabel: meta?.label ?? null,
      eid: found.eid,
      num: found.num,
      heading: found.heading ?? null,
      text: found.text,
      citation: found.citation,
      fullCitation: citationName(lib, found),
      title: found.title,
      status: found.status,
      inForce: found.inForce,
      date,
      effective: meta?.effective ?? null,
      effectiveUntil: meta?.effectiveUntil ?? null,
      annotations: found.annotations ?? [],
    };
  });
}
