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
