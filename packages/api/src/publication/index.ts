export { enqueueNoticeJobs, notifyPublication, NOTICE_PARTITION_SIZE, PUBLICATION_NOTICES_QUEUE, type NoticeJobPayload } from './notify-publication';
export { publicationModule } from './publication-module';
export { rematchChanged, rematchEnterprises, PUBLICATION_REMATCH_QUEUE, REMATCH_BATCH } from './rematch-changed';
export { validateDraftConditions } from './validate-draft';
