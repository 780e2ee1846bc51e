import { AppError } from '../errors/app-error';
import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of the statistics module. Persisted by clients: never rename one. */
export const STATISTICS_ERROR_CODES = {
  STATISTICS_YEAR_WITHOUT_DATA: {
    status: 422,
    zh: '该年度没有数据，无法生成报告。',
    en: 'There are no data for that year; no report can be generated.',
  },
  STATISTICS_INDICATOR_NOT_FOUND: {
    status: 404,
    zh: '没有这个统计指标。',
    en: 'There is no such indicator.',
  },
  STATISTICS_NARRATIVE_CONFLICT: {
    status: 409,
    zh: '这段文字已被他人修改，请刷新后再编辑。',
    en: 'Someone else changed this text meanwhile; reload it and edit again.',
  },
  STATISTICS_PDF_UNAVAILABLE: {
    status: 503,
    zh: '服务器暂不能生成 PDF，请下载 Word 版本。',
    en: 'This server cannot print PDF right now; download the Word version.',
  },
  STATISTICS_MONTH_NOT_COMPLETE: {
    status: 422,
    zh: '该月尚未结束，不能发布。',
    en: 'That month has not ended; it cannot be published.',
  },
  STATISTICS_RELEASE_NOT_FOUND: {
    status: 404,
    zh: '该月的统计数据尚未发布。',
    en: 'The statistics of that month have not been published.',
  },
  STATISTICS_FUND_NOT_FOUND: {
    status: 404,
    zh: '没有这项扶持资金。',
    en: 'There is no such support fund.',
  },
  STATISTICS_FUND_EVALUATION_NOT_FOUND: {
    status: 404,
    zh: '没有这条评估审计结果。',
    en: 'There is no such evaluation or audit result.',
  },
  STATISTICS_FUND_EVALUATION_CONFLICT: {
    status: 409,
    zh: '这条评估审计结果已被他人修改，请刷新后再操作。',
    en: 'Someone else changed this result meanwhile; reload it and try again.',
  },
  STATISTICS_FUND_EVALUATION_INVALID: {
    status: 422,
    zh: '评估审计结果填写有误。',
    en: 'The evaluation or audit result is not filled in correctly.',
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export function yearWithoutData(year: number): AppError {
  return new AppError('STATISTICS_YEAR_WITHOUT_DATA', {
    message: { zh: `${year} 年没有数据（注册库中没有该年底前成立的企业，也没有该年的资金或采购项目），无法生成报告。`, en: `There are no data for ${year} (no enterprise registered by the end of that year, no fund or procurement project of that year); no report can be generated.` },
    details: { year },
  });
}

export function fundNotFound(fundId: string): AppError {
  return new AppError('STATISTICS_FUND_NOT_FOUND', {
    message: { zh: `没有编号为“${fundId}”的扶持资金。`, en: `There is no support fund with the id "${fundId}".` },
    details: { fundId },
  });
}

export function fundEvaluationNotFound(evaluationId: string): AppError {
  return new AppError('STATISTICS_FUND_EVALUATION_NOT_FOUND', {
    message: { zh: `没有编号为“${evaluationId}”的评估审计结果。`, en: `There is no evaluation or audit result with the id "${evaluationId}".` },
    details: { evaluationId },
  });
}
