import type { JobModuleFactory } from '@huiqi/db';
import { notifyPublication, PUBLICATION_NOTICES_QUEUE, PUBLICATION_REMATCH_QUEUE, rematchChanged, type NoticeJobPayload } from '@huiqi/api';

/**
 * 政策推送: the notice jobs a publication enqueues (one per uscc range of 50 000 enterprises; any
 * number of `huiqi jobs work` processes share them), each matching the published version over its
 * range with the batch kernels and inserting one notice per eligible (or "needs X") enterprise in
 * bulk; and every 5 minutes a re-match of enterprises whose registry profile or
 * figures changed (the registry change queue, oldest first). Both insert nothing twice, so
 * at-least-once delivery is safe.
 */
export const publicationNotices: JobModuleFactory = ({ db }) => ({
  id: 'policies-publish',
  handlers: {
    [PUBLICATION_NOTICES_QUEUE]: async (job) => {
      await notifyPublication(db, job.payload as NoticeJobPayload);
    },
    [PUBLICATION_REMATCH_QUEUE]: async () => {
      await rematchChanged(db);
    },
  },
  schedules: [{ queue: PUBLICATION_REMATCH_QUEUE, spec: { everySeconds: 300 } }],
});
