import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { multipartFailure } from '../hardening/framework-errors';
import { AppError, errorBody } from './app-error';

/** Maps Fastify's own errors onto our codes. */
function fromFastify(error: FastifyError): AppError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_REQUEST', { message: { zh: '请求体为空，但内容类型为 JSON', en: 'The body is empty although the content type is JSON' } });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('MALFORMED_REQUEST', { message: { zh: '请求体不是有效的 JSON', en: 'The body is not valid JSON' } });
    default:
      break;
  }
  const multipart = multipartFailure(error);
  if (multipart) return multipart;
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
    return new AppError('MALFORMED_REQUEST', { message: { zh: '请求体不是有效的 JSON', en: 'The body is not valid JSON' } });
  }
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('MALFORMED_REQUEST', { message: { zh: '请求无法处理', en: error.message } });
  }
  return null;
}

export function installErrorHandling(app: FastifyInstance, fallback?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> | unknown): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = error instanceof AppError ? error : fromFastify(error);
    if (appError) {
      for (const [k, v] of Object.entries(appError.headers)) reply.header(k, v);
      return reply.status(appError.statusCode).send(errorBody(appError));
    }
    if (isResponseSerializationError(error)) request.log.error({ err: error }, 'response does not match its schema');
    else request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody(new AppError('INTERNAL_ERROR')));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (fallback && !path.startsWith('/api/') && path !== '/api' && (request.method === 'GET' || request.method === 'HEAD')) {
      return fallback(request, reply);
    }
    return reply.status(404).send(
      errorBody(new AppError('NOT_FOUND', { message: { zh: `地址不存在：${request.method} ${path}`, en: `No such address: ${request.method} ${path}` } })),
    );
  });
}
