import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorBody } from '../errors/app-error';

/**
 * Errors that Fastify's router raises before any hook runs (a path that is not valid
 * percent-encoded UTF-8, a path parameter over the router's length limit): answered in the
 * documented error format like every other error, not Fastify's own.
 */
export function frameworkErrorAnswer(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const appError =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError('URI_TOO_LONG')
      : error.code === 'FST_ERR_BAD_URL'
        ? new AppError('MALFORMED_REQUEST', { message: { zh: '地址含有无效的字符编码', en: 'The address contains an invalid character encoding' } })
        : new AppError('MALFORMED_REQUEST');
  void reply.status(appError.statusCode).send(errorBody(appError));
}

/**
 * The multipart parser (busboy, under @fastify/multipart) reports a body without boundary, a body
 * cut short or a broken part header as a plain Error — the client's fault, so a 400, never a 500.
 */
const MULTIPART_PARSER_FAILURE = /^(Multipart: Boundary not found|Unexpected end of (multipart data|form)|Malformed part header|Malformed urlencoded form)/;

export function multipartFailure(error: Error): AppError | null {
  if (!MULTIPART_PARSER_FAILURE.test(error.message)) return null;
  return new AppError('MALFORMED_REQUEST', {
    message: { zh: '上传的表单数据不完整或格式错误，请重新选择文件上传', en: 'The uploaded form data is incomplete or malformed; choose the file and upload it again' },
    details: { cause: 'MULTIPART' },
  });
}
