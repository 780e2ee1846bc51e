import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** The console's upload limit; the machine API and the CLI stream files of any size. */
export const CONSOLE_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/** Error codes of data intake (persisted by clients: never rename one). */
export const INTAKE_ERROR_CODES = {
  INTAKE_FILE_MISSING: { status: 400, zh: '请以 multipart/form-data 上传一个 CSV 或 XLSX 文件（字段 file）', en: 'Upload one CSV or XLSX file as multipart/form-data (field file)' },
  INTAKE_FILE_TOO_LARGE: { status: 413, zh: '文件超过控制台上传上限 20 MB；更大的文件请用部门系统接口或命令行 npx huiqi import enterprises 导入', en: 'The file is over the console upload limit of 20 MB; send larger files through the department API or the command line (npx huiqi import enterprises)' },
  INTAKE_FILE_TYPE: { status: 415, zh: '只接受 CSV（text/csv）或 XLSX 文件', en: 'Only CSV (text/csv) or XLSX files are accepted' },
  INTAKE_KIND_NOT_SUPPORTED: { status: 422, zh: '该数据类型暂不支持此渠道导入', en: 'This kind of data cannot be imported this way yet' },
  INTAKE_BATCH_KEY_REUSED: { status: 409, zh: '批次号已用于另一份数据', en: 'The batch key was already used for different data' },
  INTAKE_BATCH_NOT_FOUND: { status: 404, zh: '未找到该批次', en: 'No such intake batch' },
} as const satisfies Record<string, ErrorCodeEntry>;
