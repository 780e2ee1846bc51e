import type { JobModuleFactory } from '@huiqi/db';
import { notifyPublication, PUBLICATION_NOTICES_QUEUE, type NoticeJobPayload } from '@huiqi/api';

/**
 * 政策推送: the notice jobs a publication enqueues (one per partition of the registry). Each
 * evaluates the published version for its partition and inserts one notice per eligible (or
 * "needs X") enterprise; re-running inserts nothing, so at-least-once delivery is safe.
 */
export const publicationNotices: JobModuleFactory = ({ db }) => ({
  id: 'policies-publish',
  handlers: {
    [PUBLICATION_NOTICES_QUEUE]: async (job) => {
      await notifyPublication(db, job.payload as NoticeJobPayload);
    },
  },
});
