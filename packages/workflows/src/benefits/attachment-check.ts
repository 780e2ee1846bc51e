import { bi, err, ok, type BilingualText, type Result } from '@huiqi/kernel';

/** Attachment types accepted with an application, recognised by their first bytes, never by the name alone. */
export const ATTACHMENT_TYPES = {
  'application/pdf': { ext: ['pdf'], magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] }, // %PDF-
  'image/png': { ext: ['png'], magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'image/jpeg': { ext: ['jpg', 'jpeg'], magic: [[0xff, 0xd8, 0xff]] },
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** 10 MiB per file, 20 files per application. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_APPLICATION = 20;

export interface CheckedAttachment {
  fileName: string;
  contentType: AttachmentType;
  size: number;
}

const refuse = (zh: string, en: string): Result<never, BilingualText> => err(bi(zh, en));

/**
 * Checks an uploaded file: size limit, a safe file name, and content that really is of the
 * declared type (magic bytes). The platform stores the bytes and serves them back as a download
 * only (never executed, never rendered inline).
 */
export function checkAttachment(fileName: string, declaredType: string, bytes: Uint8Array): Result<CheckedAttachment, BilingualText> {
  if (bytes.length === 0) return refuse('附件为空文件', 'The attachment is empty');
  if (bytes.length > ATTACHMENT_MAX_BYTES) return refuse(`附件超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB 上限`, `The attachment exceeds ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`);
  const name = fileName.normalize('NFC').trim();
  if (name.length === 0 || name.length > 120 || /[\\/\u0000-\u001f<>:"|?*]/.test(name) || name.startsWith('.')) {
    return refuse('文件名无效（不能含路径或特殊字符，最多120字）', 'Invalid file name (no path or special characters, at most 120 characters)');
  }
  const type = declaredType.toLowerCase() as AttachmentType;
  const spec = ATTACHMENT_TYPES[type];
  if (!spec) return refuse('只接受 PDF、PNG、JPEG 文件', 'Only PDF, PNG and JPEG files are accepted');
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!(spec.ext as readonly string[]).includes(ext)) return refuse(`文件扩展名与类型 ${type} 不符`, `The file extension does not match ${type}`);
  const matches = spec.magic.some((m) => m.every((b, i) => bytes[i] === b));
  if (!matches) return refuse(`文件内容不是 ${type}（文件头不符）`, `The content is not ${type} (its first bytes do not match)`);
  return ok({ fileName: name, contentType: type, size: bytes.length });
}
