import type { BilingualText, PlainDate } from '@huiqi/kernel';

/**
 * One jurisdiction's calendar for one year, as published by the government
 * (for `cn`: the State Council's yearly 部分节假日安排 notice). This is the unit an
 * administrator reviews, ships as a data file (`data/<jurisdiction>/<year>.yaml`)
 * or, later, stores in the database to add or override a year.
 */
export interface CalendarYearEntry {
  year: number;
  /** Jurisdiction slug (`cn`, `cn-gd`, `cn-gd-sz` …). Local entries overlay their parents. */
  jurisdiction: string;
  source: CalendarSource;
  holidays: HolidayEntry[];
}

export interface CalendarSource {
  issuer: string;
  title: string;
  /** 文号, e.g. 国办发明电〔2024〕12号; null when not yet confirmed. */
  documentNumber: string | null;
  publishedOn: PlainDate | null;
  url: string | null;
  /** How the data got here (hand-entered, seeded from a package …). */
  provenance: string;
}

export interface HolidayEntry {
  name: BilingualText;
  /** Inclusive range of days off (放假), weekends inside it included. */
  off: { from: PlainDate; to: PlainDate };
  /** Adjusted working days (调休上班), usually a Saturday or Sunday. */
  work: PlainDate[];
}

/** What the calendar knows about one date. */
export type DayKind =
  /** Monday–Friday with no holiday. */
  | 'WORKDAY'
  /** Saturday or Sunday with no adjustment. */
  | 'WEEKEND'
  /** A day off within a holiday period (法定节假日及其调休). */
  | 'HOLIDAY'
  /** A weekend day made a working day (调休上班). */
  | 'ADJUSTED_WORKDAY';

export interface DayInfo {
  date: PlainDate;
  kind: DayKind;
  isWorkingDay: boolean;
  /** The holiday the day belongs to (for HOLIDAY and ADJUSTED_WORKDAY). */
  holiday: BilingualText | null;
  /** The jurisdiction whose entry decided the day (null for plain weekdays/weekends). */
  decidedBy: string | null;
}
