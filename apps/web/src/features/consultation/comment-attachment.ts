/**
 * What the comment form offers to attach: the server's accepted types (PDF, Word, PNG/JPEG, checked
 * again there by content) and its size limit, so a file that is too large is refused before it is sent.
 */
export const ATTACHMENT_ACCEPT = '.pdf,.doc,.docx,.png,.jpg,.jpeg,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg';
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** "1.2 MB" / "340 KB" for an attachment's size. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
