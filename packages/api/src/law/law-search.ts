import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { bilingualRefinement } from '../errors/zod-messages';
import { lawLibrary } from './law-library';
import { VersionParam, WorkIdParam } from './law-schemas';
import { workKeyOf } from './work-key';

export const SEARCH_QUERY_MAX_CHARS = 100;

const SearchQuery = z
  .object({
    q: z.string().trim()
      .refine((v) => v.length > 0, bilingualRefinement({ zh: '请输入检索词', en: 'enter a search term' }))
      .refine((v) => v.length <= SEARCH_QUERY_MAX_CHARS, bilingualRefinement({ zh: `检索词不能超过 ${SEARCH_QUERY_MAX_CHARS} 个字符`, en: `the search text may have at most ${SEARCH_QUERY_MAX_CHARS} characters` })),
    work: WorkIdParam.optional(),
    version: VersionParam.optional(),
    allVersions: z.stringbool().default(false),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => q.version === undefined || q.work !== undefined, {
    path: ['version'],
    ...bilingualRefinement({ zh: '指定版本时须同时指定文件（work）', en: 'a version needs a work' }),
  });

const SearchHitDto = z.object({
  address: z.string(),
  workId: z.string(),
  workKey: z.string(),
  version: z.string(),
  eid: z.string(),
  title: z.string(),
  /** `第二十八条第二款`, `附件2（说明）第三段` … */
  citation: z.string(),
  /** The article (or measure) that holds the hit, to scroll to; null outside articles. */
  articleEid: z.string().nullable(),
  snippet: z.string(),
  /** Where the first term sits in `snippet` (in UTF-16 code units). */
  match: z.object({ start: z.number().int(), length: z.number().int() }),
  score: z.number(),
});

/** GET /api/law/search?q=…&work=…&version=… — Chinese full-text search over 款, 项, headings and parts (public). */
export function registerLawSearchRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/law/search', {
    schema: {
      tags: ['law'],
      summary: `全文检索 Chinese full-text search: terms separated by spaces must all occur; the latest version of each work unless version or allVersions is given; q 1–${SEARCH_QUERY_MAX_CHARS} characters (public)`,
      querystring: SearchQuery,
      response: { 200: z.object({ query: z.string(), hits: z.array(SearchHitDto) }) },
    },
  }, async (request) => {
    const lib = lawLibrary();
    const { q, work, version, allVersions, limit } = request.query;
    if (work !== undefined) {
      const meta = lib.work(work);
      if (!meta) throw new AppError('LAW_WORK_NOT_FOUND', { message: { zh: `未找到文件 ${work}`, en: `No document ${work}` } });
      if (version !== undefined && !lib.versions(work).some((v) => v.id === version)) {
        throw new AppError('LAW_VERSION_NOT_FOUND', { message: { zh: `《${meta.title}》没有版本 ${version}`, en: `${work} has no version ${version}` } });
      }
    }
    const hits = lib.search(q, { ...(work ? { workId: work } : {}), ...(version ? { versionDate: version } : {}), allVersions, limit });
    return {
      query: q,
      hits: hits.map((h) => {
        const el = lib.elements(h.workId, h.versionDate)?.get(h.eid);
        return {
          address: h.address,
          workId: h.workId,
          workKey: workKeyOf(h.workId),
          version: h.versionDate,
          eid: h.eid,
          title: lib.work(h.workId)?.title ?? h.workId,
          citation: el?.citation ?? h.eid,
          articleEid: el?.articleEid ?? null,
          snippet: h.snippet,
          match: h.match,
          score: h.score,
        };
      }),
    };
  });
}
