import type { ApiJson, ApiQuery, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';
import { ApiError, NETWORK_ERROR, apiErrorFromResponse } from '../../api/api-error';

/** The intake kinds an officer uploads in the console (the API's CONSOLE_KINDS), in the selector's order. */
export const CONSOLE_KINDS = ['REGISTRY', 'YEARLY_FIGURES', 'SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'SHARED_FACTS', 'LOAN_RECORDS'] as const satisfies readonly ApiQuery<'/api/intake/uploads', 'post'>['kind'][];
export type ConsoleKind = (typeof CONSOLE_KINDS)[number];

/** The console's upload limit (the server's CONSOLE_UPLOAD_LIMIT_BYTES): checked before sending. */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/** Shapes of /api/intake, read from the generated OpenAPI types. */
export type IntakeReport = ApiJson<'/api/intake/previews', 'post'>;
export type RowProblem = ItemOf<IntakeReport['errors']>;
export type BatchStatus = IntakeReport['status'];
export type IntakeBatch = ItemOf<ApiJson<'/api/intake/batches', 'get'>['items']>;
type DataSources = ApiJson<'/api/enterprises/{uscc}/data-sources', 'get'>;
export type DataSource = ItemOf<DataSources['items']>;
export type VersionSource = DataSource['source'];
/** A fact a department delivered beyond the registry (社保, 纳税信用, 资质证书, 共享数据), in words. */
export type DepartmentFact = ItemOf<DataSources['departmentFacts']>;

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
export const fetchBatches = () => callApi('get', '/api/intake/batches', { query: { limit: 20 } });
export const rejectedRowsUrl = (batchId: string) => `/api/intake/batches/${encodeURIComponent(batchId)}/rejected-rows`;

export const fetchDataSources = (uscc: string) => callApi('get', '/api/enterprises/{uscc}/data-sources', { params: { uscc } });
