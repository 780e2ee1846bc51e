export { BackupError } from './backup-error';
export { writeBackup, type BackupSummary } from './write-backup';
export { verifyBackup } from './read-backup';
export { restoreBackup, type RestoreSummary } from './restore-backup';
