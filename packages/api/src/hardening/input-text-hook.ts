import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error';
import { checkAndNormalizeText, type BadText } from './text-check';

const PROBLEM_TEXT = {
  CONTROL_CHARACTER: { zh: '含有不允许的控制字符', en: 'contains a control character that is not allowed' },
  LONE_SURROGATE: { zh: '含有无效的 Unicode 字符（不成对的代理项）', en: 'contains invalid Unicode (an unpaired surrogate)' },
  BIDI_CONTROL: { zh: '含有改变文字显示方向的控制字符', en: 'contains a control character that changes the text direction' },
  INVISIBLE_ONLY: { zh: '只含不可见字符（如零宽空格），请填写可见的文字', en: 'contains only invisible characters (such as zero-width spaces); enter visible text' },
} as const;

export function invalidText(where: 'body' | 'query' | 'params', bad: BadText): AppError {
  const p = PROBLEM_TEXT[bad.problem];
  return new AppError('INVALID_TEXT', {
    message: { zh: `字段「${bad.field}」${p.zh}（${bad.codePoint}）`, en: `The field "${bad.field}" ${p.en} (${bad.codePoint})` },
    details: { in: where, field: bad.field, problem: bad.problem, codePoint: bad.codePoint },
  });
}

/**
 * Before any route validates its input: path parameters, query and JSON body must be clean text
 * (see text-check.ts), and are normalised to NFC. A refusal is a 400 naming the field, for every
 * endpoint alike, so that no handler ever hands PostgreSQL a NUL byte.
 */
export function installInputTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const where of ['params', 'query', 'body'] as const) {
      const bad = checkAndNormalizeText(request[where]);
      if (bad) throw invalidText(where, bad);
    }
  });
}
