import { z } from 'zod';
import type { BilingualText } from '@huiqi/kernel';

const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

export interface IssueDetail {
  /** Dotted path of the offending field ('' for the whole part). */
  path: string;
  code: string;
  message: BilingualText;
}

type Issue = z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };

function render(map: typeof zh, issue: Issue): string {
  const r = map(issue as never);
  if (typeof r === 'string') return r;
  return r?.message ?? issue.message;
}

/**
 * Zod issues rendered in both languages: Chinese from zod's zh-CN locale and English from its en
 * locale, or the issue's own bilingual text when a schema gives one (params: { zh, en }).
 */
export function bilingualIssue(issue: Issue): IssueDetail {
  const path = issue.path.map(String).join('.');
  const own = issue.params as Partial<BilingualText> | undefined;
  if (own && typeof own.zh === 'string' && typeof own.en === 'string') {
    return { path, code: issue.code, message: { zh: own.zh, en: own.en } };
  }
  const label = path ? { zh: `字段「${path}」：`, en: `field '${path}': ` } : { zh: '', en: '' };
  return { path, code: issue.code, message: { zh: label.zh + render(zh, issue), en: label.en + render(en, issue) } };
}

/** A refinement with a message in both languages. */
export function bilingualRefinement(message: BilingualText): { message: string; params: BilingualText } {
  return { message: message.en, params: message };
}
