/**
 * What the server accepts as an appeal attachment (POST /api/appeals/attachments): at most 10 MiB,
 * PDF, PNG, JPEG, DOCX or XLSX. The server decides by the file's content; the browser checks the
 * size and the name's extension first, so a wrong file is refused before it is sent.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx'] as const;

/** The file input's `accept` list. */
export const ATTACHMENT_ACCEPT = EXTENSIONS.map((e) => `.${e}`).join(',');

export type AttachmentProblem = 'TOO_LARGE' | 'EMPTY' | 'TYPE_NOT_ACCEPTED';

/** Why a chosen file would be refused, or null when it may be uploaded. */
export function attachmentProblem(file: { name: string; size: number }): AttachmentProblem | null {
  if (file.size === 0) return 'EMPTY';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'TOO_LARGE';
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return (EXTENSIONS as readonly string[]).includes(extension) ? null : 'TYPE_NOT_ACCEPTED';
}
