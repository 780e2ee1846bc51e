import type { MultipartFile } from '@fastify/multipart';
import type { AppError } from '../errors/app-error';

/** What a route needs of its request to read an upload (a Fastify request with @fastify/multipart). */
export interface UploadRequest {
  isMultipart(): boolean;
  file(): Promise<MultipartFile | undefined>;
}

/**
 * Reads the one file of a multipart upload into memory, whole: a request that is not multipart or
 * has no file throws the route's `missing` error, a file over the route's multipart size limit
 * (refused while streaming, or truncated) its `tooLarge` error. Kinds, names and storage stay the
 * route's own.
 */
export async function readOneUpload(
  request: UploadRequest,
  errors: { missing: () => AppError; tooLarge: () => AppError },
): Promise<{ content: Buffer; filename: string; mimetype: string }> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (!file) throw errors.missing();
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw errors.tooLarge();
    throw e;
  }
  if (file.file.truncated) throw errors.tooLarge();
  return { content, filename: file.filename, mimetype: file.mimetype };
}
