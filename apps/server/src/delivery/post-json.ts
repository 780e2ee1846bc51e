import type { SendResult } from './channel-adapter';

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
}

/**
 * POSTs a JSON body and sorts the answer: 2xx accepted (receipt: the answer's `id`/`messageId` or
 * the status); 408, 429 and 5xx, time-outs and network errors retryable; any other status refused
 * for good (4xx; a 3xx is not followed). The answer body is read at most to 64 KiB.
 */
export async function postJson(url: string, body: string, options: PostOptions): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...options.headers },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
    return { ok: false, retryable: true, error: timedOut ? `timeout after ${options.timeoutMs} ms` : `network error: ${describe(e)}` };
  }
  const text = (await response.text().catch(() => '')).slice(0, 65_536);
  const status = response.status;
  if (status >= 200 && status < 300) return { ok: true, receipt: receiptOf(text) ?? `HTTP ${status}` };
  const error = `HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}`;
  return { ok: false, retryable: status >= 500 || status === 408 || status === 429, error };
}

function receiptOf(text: string): string | null {
  try {
    const json = JSON.parse(text) as { id?: unknown; messageId?: unknown };
    const id = json.messageId ?? json.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: unknown }).cause;
    return cause instanceof Error ? `${e.message} (${cause.message})` : e.message;
  }
  return String(e);
}
