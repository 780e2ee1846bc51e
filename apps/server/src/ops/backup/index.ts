export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupTrailer, type AttachmentSummary } from './backup-format';
export { BackupError } from './backup-error';
export { writeBackup, type BackupSummary } from './write-backup';
export { verifyBackup, checkSchema } from './read-backup';
export { restoreBackup, type RestoreSummary } from './restore-backup';
export { listTables, quoteIdent, type TableInfo } from './catalog';
