import { request } from '../../api/client';
import { ApiError, NETWORK_ERROR, apiErrorFromResponse } from '../../api/api-error';

/** The intake kinds an officer uploads in the console (the API's CONSOLE_KINDS), in the selector's order. */
export const CONSOLE_KINDS = ['REGISTRY', 'YEARLY_FIGURES', 'SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'SHARED_FACTS', 'LOAN_RECORDS'] as const;
export type ConsoleKind = (typeof CONSOLE_KINDS)[number];
export type BatchStatus = 'APPLIED' | 'PARTIALLY_APPLIED' | 'REJECTED';

/** The console's upload limit (the server's CONSOLE_UPLOAD_LIMIT_BYTES): checked before sending. */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export interface RowProblem {
  line: number;
  column: string;
  message: { zh: string; en: string };
}

export interface IntakeReport {
  batchId: string | null;
  batchKey: string | null;
  status: BatchStatus;
  replayed: boolean;
  dryRun: boolean;
  rowCount: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: RowProblem[];
  preview: { header: string[]; rows: { line: number; cells: string[] }[] } | null;
}

export interface IntakeBatch {
  id: string;
  departmentId: string | null;
  kind: string;
  channel: 'CONSOLE' | 'API' | 'CLI';
  fileName: string | null;
  receivedAt: string;
  acceptValid: boolean;
  status: BatchStatus;
  rowCount: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/**
 * Sends one file as multipart (field `file`) and reports the upload's progress (0–100); the
 * server's checking time follows. XMLHttpRequest, because fetch cannot report upload progress.
 */
export function sendFile(path: string, file: File, onProgress: (percent: number) => void): Promise<IntakeReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR, null));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as IntakeReport);
      else reject(apiErrorFromResponse(xhr.status, body));
    };
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}

export const previewPath = (kind: ConsoleKind, acceptValid: boolean) => `/api/intake/previews?kind=${kind}&acceptValid=${acceptValid}`;
export const uploadPath = (kind: ConsoleKind, acceptValid: boolean) => `/api/intake/uploads?kind=${kind}&acceptValid=${acceptValid}`;
export const fetchBatches = () => request<{ items: IntakeBatch[] }>('GET', '/api/intake/batches', { query: { limit: 20 } });
export const rejectedRowsUrl = (batchId: string) => `/api/intake/batches/${encodeURIComponent(batchId)}/rejected-rows`;

export type VersionSource =
  | { type: 'INTAKE'; batchId: string; departmentId: string | null; departmentName: { zh: string; en: string } | null; channel: 'CONSOLE' | 'API' | 'CLI'; receivedAt: string }
  | { type: 'USER'; role: string | null; displayName: string | null };

export interface DataSource {
  kind: 'PROFILE' | 'FIGURES';
  year: number | null;
  version: number;
  validFrom: string;
  source: VersionSource;
  values: Record<string, unknown>;
  lastDelivery: { version: number; source: VersionSource; values: Record<string, unknown> } | null;
}

/** A fact a department delivered beyond the registry (社保, 纳税信用, 资质证书, 共享数据), in words. */
export interface DepartmentFact {
  kind: 'SOCIAL_SECURITY_HEADCOUNT' | 'TAX_CREDIT_RATING' | 'QUALIFICATIONS' | 'SHARED_FACTS' | 'LOAN_RECORDS';
  kindName: { zh: string; en: string };
  period: string;
  version: number;
  source: VersionSource;
  item: { zh: string; en: string };
  fields: { key: string; label: { zh: string; en: string }; value: unknown; unit: 'fen' | 'ratio' | 'people' | 'bool' | 'date' | null }[];
}

export const fetchDataSources = (uscc: string) => request<{ items: DataSource[]; departmentFacts: DepartmentFact[] }>('GET', `/api/enterprises/${encodeURIComponent(uscc)}/data-sources`);
