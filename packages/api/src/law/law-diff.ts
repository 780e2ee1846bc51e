import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { renderDiffHtml } from '@huiqi/legal-text';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { lawDiff, lawLibrary } from './law-library';
import { presentVersion } from './law-presenters';
import { LawVersion, VersionParam, WorkIdParam } from './law-schemas';
import { workKeyOf } from './work-key';

export const ArticleRefDto = z.object({ eid: z.string(), num: z.string(), heading: z.string().nullable() });
const MoveDto = z.object({ from: z.string(), to: z.string(), fromNum: z.string(), toNum: z.string(), similarity: z.number() });
const PairKindSchema = z.enum(['unchanged', 'modified', 'moved', 'added', 'deleted']);

export const DiffResponse = z.object({
  work: z.object({ id: z.string(), key: z.string(), title: z.string() }),
  old: LawVersion,
  new: LawVersion,
  summary: z.record(PairKindSchema, z.number().int()),
  pairs: z.array(z.object({
    kind: PairKindSchema,
    old: ArticleRefDto.nullable(),
    new: ArticleRefDto.nullable(),
    similarity: z.number(),
    /** Character changes from the old text (heading line in 【】 first) to the new one. */
    changes: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
    movedTo: z.array(MoveDto),
    movedFrom: z.array(MoveDto),
  })),
  moves: z.array(MoveDto),
});

/** Security headers for the self-contained HTML page: no scripts, no external resources. */
const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
};

/** GET /api/law/diff?work=…&old=…&new=…[&format=html] — 修改对照 of two versions (public). */
export function registerLawDiffRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/law/diff', {
    schema: {
      tags: ['law'],
      summary: '修改对照 Two versions side by side: articles aligned by content (renumbered and moved ones found), character changes, moved 款; format=html gives a self-contained page (public)',
      querystring: z.object({ work: WorkIdParam, old: VersionParam, new: VersionParam, format: z.enum(['json', 'html']).default('json') }),
      response: { 200: DiffResponse },
    },
  }, async (request, reply) => {
    const lib = lawLibrary();
    const { work: workId, old: oldId, new: newId, format } = request.query;
    const work = lib.work(workId);
    if (!work) throw new AppError('LAW_WORK_NOT_FOUND', { message: { zh: `未找到文件 ${workId}`, en: `No document ${workId}` } });
    const versions = lib.versions(workId);
    const oldMeta = versions.find((v) => v.id === oldId);
    const newMeta = versions.find((v) => v.id === newId);
    const missing = [oldMeta ? null : oldId, newMeta ? null : newId].filter((x): x is string => x !== null);
    const diff = oldMeta && newMeta ? lawDiff(workId, oldId, newId) : null;
    if (!oldMeta || !newMeta || !diff) {
      const known = versions.map((v) => v.id).join(', ');
      throw new AppError('LAW_VERSION_NOT_FOUND', {
        message: { zh: `《${work.title}》没有版本 ${missing.join('、')}（现有版本：${known}）`, en: `${workId} has no version ${missing.join(', ')} (versions: ${known})` },
      });
    }
    const label = (v: typeof oldMeta) => `${v.id}${v.label ? ` ${v.label}` : ''}`;
    if (format === 'html') {
      const html = renderDiffHtml(diff, { title: `《${work.title}》修改对照 ${label(oldMeta)} → ${label(newMeta)}`, oldLabel: label(oldMeta), newLabel: label(newMeta) });
      // A string with an HTML content type is sent as is (the JSON response schema does not apply).
      return reply.headers(HTML_HEADERS).send(html as never);
    }
    const ref = (a: { eid: string; num: string; heading?: string } | null) => (a ? { eid: a.eid, num: a.num, heading: a.heading ?? null } : null);
    return {
      work: { id: work.id, key: workKeyOf(work.id), title: work.title },
      old: presentVersion(oldMeta),
      new: presentVersion(newMeta),
      summary: diff.summary,
      pairs: diff.pairs.map((p) => ({ ...p, old: ref(p.old), new: ref(p.new) })),
      moves: diff.moves,
    };
  });
}
