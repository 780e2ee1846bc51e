import type { BilingualText, PlainDate } from '@huiqi/kernel';

/** Persisted error codes of the calendar package (never renamed). */
export type CalendarErrorCode = 'CALENDAR_YEAR_MISSING' | 'DEADLINE_INVALID_INPUT';

export interface CalendarYearMissing {
  code: 'CALENDAR_YEAR_MISSING';
  message: BilingualText;
  year: number;
  jurisdiction: string;
  /** The date whose year has no data. */
  date: PlainDate;
}

export interface DeadlineInvalidInput {
  code: 'DEADLINE_INVALID_INPUT';
  message: BilingualText;
  /** Input field at fault, e.g. `from`, `days`, `pauses[1].until`. */
  field: string;
}

export type CalendarError = CalendarYearMissing | DeadlineInvalidInput;

export function yearMissing(date: PlainDate, jurisdiction: string): CalendarYearMissing {
  const year = Number(date.slice(0, 4));
  return {
    code: 'CALENDAR_YEAR_MISSING',
    message: {
      zh: `日历缺少${year}年的节假日数据（辖区 ${jurisdiction}），无法判断 ${date} 是否为工作日；请先录入国务院办公厅${year}年部分节假日安排。`,
      en: `The calendar has no holiday data for ${year} (jurisdiction ${jurisdiction}), so whether ${date} is a working day is unknown; add the State Council's ${year} holiday arrangement first.`,
    },
    year,
    jurisdiction,
    date,
  };
}

export function invalidInput(field: string, zh: string, en: string): DeadlineInvalidInput {
  return { code: 'DEADLINE_INVALID_INPUT', message: { zh: `期限参数无效（${field}）：${zh}`, en: `invalid deadline input (${field}): ${en}` }, field };
}

/** Thrown (a data fault, found at boot) when year entries are malformed or contradict each other. */
export class CalendarDataError extends Error {
  constructor(readonly issues: CalendarDataIssue[]) {
    super(`日历数据有误 invalid calendar data:\n${issues.map((i) => `  ${i.where}: ${i.message.zh} / ${i.message.en}`).join('\n')}`);
    this.name = 'CalendarDataError';
  }
}

export interface CalendarDataIssue {
  /** File or entry, then the path inside it, e.g. `cn/2026.yaml holidays[1].work[0]`. */
  where: string;
  message: BilingualText;
}
