import { readerPath } from '../law/law-paths';

export const CONSULTATIONS_ROOT = '/consultations';
export const consultationPath = (id: string) => `${CONSULTATIONS_ROOT}/${encodeURIComponent(id)}`;
export const reportPath = (id: string) => `${consultationPath(id)}/report`;
export const CONSOLE_ROOT = '/console/consultations';
export const consolePath = (id: string) => `${CONSOLE_ROOT}/${encodeURIComponent(id)}`;
/** The reader's address of an article. */
export const articlePath = (workId: string, versionId: string, eid: string) => readerPath(workId, versionId, eid);
