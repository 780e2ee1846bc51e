import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { today } from '@huiqi/kernel';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { implementationsOf } from './law-implementations';
import { lawLibrary } from './law-library';
import { presentNodes, presentVersion, presentWork } from './law-presenters';
import { LawTreeResponse, LawWork, VersionParam, WorkIdParam } from './law-schemas';
import { listArticles } from '@huiqi/legal-text';

/** GET /api/law/works and GET /api/law/works/:workKey/versions/:version — public official texts, no login needed. */
export function registerLawWorkRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/law/works', {
    schema: {
      tags: ['law'],
      summary: '法规库 Every regulation and policy document the platform implements, with its versions (public)',
      response: { 200: z.object({ items: z.array(LawWork) }) },
    },
  }, async () => {
    const lib = lawLibrary();
    const now = today();
    return { items: lib.works().map((w) => presentWork(lib, w, now)) };
  });

  r.get('/api/law/works/:workKey/versions/:version', {
    schema: {
      tags: ['law'],
      summary: '条文 One version of a text in document order: parts (通告、题注、附件、说明), chapters, articles with 款/项/目 and their eIds, and beside each article the rules, parameters, code and cases that implement it. The work id is written with ~ instead of / (cn-sh~regulation~sme-promotion) (public)',
      params: z.object({ workKey: WorkIdParam, version: VersionParam }),
      response: { 200: LawTreeResponse },
    },
  }, async (request) => {
    const lib = lawLibrary();
    const { workKey: workId, version } = request.params;
    const work = lib.work(workId);
    if (!work) throw new AppError('LAW_WORK_NOT_FOUND', { message: { zh: `未找到文件 ${workId}`, en: `No document ${workId}` } });
    const meta = lib.versions(workId).find((v) => v.id === version);
    const tree = meta ? lib.tree(workId, version) : null;
    if (!meta || !tree) {
      const known = lib.versions(workId).map((v) => v.id).join(', ');
      throw new AppError('LAW_VERSION_NOT_FOUND', {
        message: { zh: `《${work.title}》没有版本 ${version}（现有版本：${known}）`, en: `${workId} has no version ${version} (versions: ${known})` },
      });
    }
    return {
      work: presentWork(lib, work, today()),
      version: presentVersion(meta),
      documentNumber: tree.documentNumber,
      nodes: presentNodes(lib, workId, version, tree),
      articleCount: listArticles(tree).length,
      implementations: await implementationsOf(workId, version),
    };
  });
}
