import { AppError } from '../errors/app-error';
import type { ErrorCodeEntry } from '../errors/module-error-codes';
import type { SnapshotStatus } from './registry-snapshot-service';

/** Error codes of the registry snapshot. Persisted by clients: never rename one. */
export const SNAPSHOT_ERROR_CODES = {
  SNAPSHOT_BUILDING: {
    status: 503,
    zh: '注册库快照正在建立（服务器启动后一次），覆盖面预览稍后可用；其他功能照常可用。',
    en: 'The registry snapshot is being built (once after the server starts); reach preview is available shortly. Everything else keeps working.',
  },
} as const satisfies Record<string, ErrorCodeEntry>;

/** The 503 of a population analysis asked for while its snapshot is still being built, with the progress. */
export function snapshotBuilding(s: SnapshotStatus): AppError {
  const message = {
    zh: `注册库快照正在建立（已载入 ${s.loadedRows.toLocaleString('zh-CN')} / ${s.totalRows.toLocaleString('zh-CN')} 家企业，${s.percent}%），覆盖面预览稍后可用；其他功能照常可用。`,
    en: `The registry snapshot is being built (${s.loadedRows.toLocaleString('en')} of ${s.totalRows.toLocaleString('en')} enterprises loaded, ${s.percent}%); reach preview is available shortly. Everything else keeps working.`,
  };
  return new AppError('SNAPSHOT_BUILDING', { message, details: { state: s.state, figureYear: s.figureYear, loadedRows: s.loadedRows, totalRows: s.totalRows, percent: s.percent }, headers: { 'Retry-After': '10' } });
}
