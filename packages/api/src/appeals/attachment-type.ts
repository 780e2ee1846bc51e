import { checkUploadFileName } from '../hardening/upload-file-name';

/** Accepted attachment types, recognised by their first bytes (the file name and the client's content type are not trusted). */
export const ATTACHMENT_TYPES = {
  PDF: { mediaType: 'application/pdf', extension: 'pdf' },
  PNG: { mediaType: 'image/png', extension: 'png' },
  JPEG: { mediaType: 'image/jpeg', extension: 'jpg' },
  DOCX: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  XLSX: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

function contains(b: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'latin1');
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(needle);
}

/**
 * The type of a file by its magic bytes, or null when it is none of the accepted ones.
 * DOCX and XLSX are ZIP containers: accepted only when the archive names `[Content_Types].xml`
 * and the Word (`word/document.xml`) or Excel (`xl/workbook.xml`) main part.
 */
export function detectAttachmentKind(b: Uint8Array): AttachmentKind | null {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'PDF'; // %PDF-
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && contains(b, '[Content_Types].xml')) {
    if (contains(b, 'word/document.xml')) return 'DOCX';
    if (contains(b, 'xl/workbook.xml')) return 'XLSX';
  }
  return null;
}

/** A file name safe to store and show: no path, no control characters, at most 120 characters, the detected extension. */
export function safeFileName(name: string, kind: AttachmentKind): string {
  const base = (checkUploadFileName(name).split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 100) || 'attachment';
  return `${stem}.${ATTACHMENT_TYPES[kind].extension}`;
}

/** Content-Disposition for a download: always attachment, ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
