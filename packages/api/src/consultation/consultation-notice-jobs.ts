import { enqueue, registryRanges, type Queryable } from '@huiqi/db';
import { NOTICE_PARTITION_SIZE } from '../publication/notify-publication';

export const CONSULTATION_NOTICES_QUEUE = 'consultation.notices';

/** A notice job: one uscc range of the registry ('' = open end) for one consultation. */
export interface ConsultationNoticeJobPayload {
  [key: string]: string | number;
  consultationId: string;
  from: string;
  to: string;
  partition: number;
  partitions: number;
}

/**
 * On opening, in the opening transaction: one notice job per uscc range of the registry (the ranges
 * and their size are the publication's, so a city is shared by the workers the same way).
 */
export async function enqueueConsultationNoticeJobs(tx: Queryable, consultationId: string): Promise<number> {
  const ranges = await registryRanges(tx, NOTICE_PARTITION_SIZE);
  for (const [partition, { from, to }] of ranges.entries()) {
    await enqueue<ConsultationNoticeJobPayload>(tx, {
      queue: CONSULTATION_NOTICES_QUEUE,
      payload: { consultationId, from, to, partition, partitions: ranges.length },
      singletonKey: `${consultationId}:${partition}/${ranges.length}`,
    });
  }
  return ranges.length;
}
