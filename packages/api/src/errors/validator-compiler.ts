import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError } from './app-error';
import { bilingualIssue } from './zod-messages';

const PART_NAMES: Record<string, { zh: string; en: string }> = {
  body: { zh: '请求体', en: 'request body' },
  querystring: { zh: '查询参数', en: 'query parameters' },
  params: { zh: '路径参数', en: 'path parameters' },
  headers: { zh: '请求头', en: 'headers' },
};

/** Validates with zod and fails with VALIDATION_FAILED whose details carry zh + en messages per issue. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => (data: unknown) => {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data };
  const part = PART_NAMES[httpPart ?? 'body'] ?? PART_NAMES.body!;
  const issues = result.error.issues.map((i) => bilingualIssue(i as never));
  const first = issues[0];
  return {
    error: new AppError('VALIDATION_FAILED', {
      message: {
        zh: `${part.zh}不符合要求${first ? `：${first.message.zh}` : ''}${issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : ''}`,
        en: `Invalid ${part.en}${first ? `: ${first.message.en}` : ''}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
      },
      details: { part: httpPart ?? 'body', issues },
    }),
  };
};
