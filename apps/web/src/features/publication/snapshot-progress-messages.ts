import { definePairedMessages } from '../../i18n/define-messages';

/** Messages of the registry snapshot's progress shown beside 覆盖面预览. */
export const snapshotProgressMessages = definePairedMessages({
  'snapshot.building': { zh: '注册库快照正在建立（服务器启动后一次），完成后即可预览', en: 'The registry snapshot is being built (once after the server starts); preview is available when it is done' },
  'snapshot.loaded': { zh: '已载入 {loaded} / {total} 家企业', en: '{loaded} of {total} enterprises loaded' },
  'snapshot.failed': { zh: '注册库快照建立失败，下次预览时将重试', en: 'Building the registry snapshot failed; the next preview tries again' },
} as const);
