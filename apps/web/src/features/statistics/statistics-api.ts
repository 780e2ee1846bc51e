import type { ApiBody, ApiJson } from '../../api/api-types';
import { callApi } from '../../api/call-api';
import { request } from '../../api/client';

export interface IndicatorDefinition {
  id: string;
  nameZh: string;
  nameEn: string;
  formulaZh: string;
  formulaEn: string;
  unit: 'ENTERPRISES' | 'PERSONS' | 'FEN' | 'WAN_YUAN' | 'CASES' | 'PERCENT';
  sources: string[];
  breakdowns: string[];
  articles: string[];
  published: boolean;
}
export interface BreakdownRow { key: string; labelZh: string; value: number | null; detail?: Record<string, number> }
export interface IndicatorView {
  indicator: IndicatorDefinition;
  month: string;
  asOf: string;
  district: { slug: string; nameZh: string } | null;
  total: number | null;
  breakdowns: { by: string; rows: BreakdownRow[] }[];
}
export interface PublishedTable {
  id: string;
  indicatorId: string;
  by: string;
  titleZh: string;
  titleEn: string;
  unitZh: string;
  rowKeys: string[];
  rowLabels: string[];
  colKeys: string[];
  colLabels: string[];
  values: (number | null)[][];
  hiddenCount: number;
}
export interface ReportSection {
  key: 'BASIC_SITUATION' | 'FUNDS' | 'POLICIES' | 'PROBLEMS' | 'OTHER';
  headingZh: string;
  headingEn: string;
  paragraphs: string[];
  tables: { captionZh: string; headers: string[]; rows: string[][] }[];
  editable: boolean;
  narrative: { text: string; version: number; updatedAt: string | null } | null;
}
export interface AnnualReport {
  year: number;
  titleZh: string;
  asOf: string;
  sections: ReportSection[];
}

export const fetchIndicators = () => request<{ indicators: IndicatorDefinition[] }>('GET', '/api/statistics/indicators');
export const fetchIndicator = (id: string, month: string, district: string | null) =>
  request<IndicatorView>('GET', `/api/statistics/indicators/${encodeURIComponent(id)}`, { query: { month, district: district ?? undefined } });
export const fetchPublic = (month?: string) => request<{ month: string; asOf: string; tables: PublishedTable[] }>('GET', '/api/statistics/public', { query: { month } });
export const publicCsvUrl = (table: string, month: string) => `/api/statistics/public/${encodeURIComponent(table)}/csv?month=${month}`;
export const fetchReport = (year: number) => request<AnnualReport>('GET', `/api/statistics/reports/${year}`);
export const saveNarrative = (year: number, section: string, text: string, expectedVersion: number) =>
  request<{ version: number; updatedAt: string }>('PUT', `/api/statistics/reports/${year}/narratives/${section}`, { body: { text, expectedVersion } });
export const reportFileUrl = (year: number, kind: 'docx' | 'pdf') => `/api/statistics/reports/${year}/${kind}`;
/** One fund of the public funds disclosure, with its published audit and evaluation results (深圳 draft 第五十六条). */
export type FundDisclosure = ApiJson<'/api/statistics/public/funds/{year}', 'get'>['funds'][number];
export type PublicFundEvaluation = FundDisclosure['evaluations'][number];
export const fetchFundsDisclosure = (year: number) => callApi('get', '/api/statistics/public/funds/{year}', { params: { year } });

/** The officers' view of a year's funds with every result, published or not. */
export type FundEvaluationsOfYear = ApiJson<'/api/statistics/fund-evaluations/{year}', 'get'>;
export type FundEvaluation = FundEvaluationsOfYear['funds'][number]['evaluations'][number];
export type FundEvaluationInput = ApiBody<'/api/statistics/fund-evaluations', 'post'>;
export const fetchFundEvaluations = (year: number) => callApi('get', '/api/statistics/fund-evaluations/{year}', { params: { year } });
export const recordFundEvaluation = (body: FundEvaluationInput) => callApi('post', '/api/statistics/fund-evaluations', { body });
export const publishFundEvaluation = (evaluationId: string, expectedVersion: number) =>
  callApi('post', '/api/statistics/fund-evaluations/{evaluationId}/publish', { params: { evaluationId }, body: { expectedVersion } });

/** A monthly release of the public tables (统计发布), stored as published. */
export interface ReleaseSummary {
  month: string;
  asOf: string;
  figureYear: number;
  snapshotSeq: number;
  trigger: 'SCHEDULE' | 'MANUAL';
  publishedAt: string;
  tableCount: number;
  hiddenCells: number;
}
export interface Release extends ReleaseSummary { tables: PublishedTable[] }
export const fetchReleases = () => request<{ releaseDay: number; releases: ReleaseSummary[] }>('GET', '/api/statistics/releases');
export const fetchRelease = (month: string) => request<Release>('GET', `/api/statistics/releases/${month}`);
export const releaseCsvUrl = (month: string, table: string) => `/api/statistics/releases/${month}/${encodeURIComponent(table)}/csv`;
export const publishMonth = (month: string) => request<{ release: ReleaseSummary; created: boolean }>('POST', '/api/statistics/releases', { body: { month } });
export const saveReleaseDay = (releaseDay: number) => request<{ releaseDay: number }>('PUT', '/api/statistics/releases/day', { body: { releaseDay } });
