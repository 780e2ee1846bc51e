import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { SendResult } from './channel-adapter';

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  /**
   * Resolves the host name for the connection itself (the address it answers is the one connected
   * to). A webhook passes a lookup that refuses non-public addresses, so a DNS answer that changes
   * between a check and the connection (DNS rebinding) cannot reach inside the network.
   */
  lookup?: LookupFunction;
}

const MAX_ANSWER = 65_536;

/**
 * POSTs a JSON body and sorts the answer: 2xx accepted (receipt: the answer's `id`/`messageId` or
 * the status); 408, 429 and 5xx, time-outs and network errors retryable; any other status refused
 * for good (4xx; a 3xx is not followed). The answer body is read at most to 64 KiB.
 */
export async function postJson(url: string, body: string, options: PostOptions): Promise<SendResult> {
  if (options.lookup) return postWithLookup(url, body, options, options.lookup);
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
  const text = (await response.text().catch(() => '')).slice(0, MAX_ANSWER);
  return sortAnswer(response.status, text);
}

/** The same POST over node:http(s), connecting to the address that `lookup` answers. */
function postWithLookup(url: string, body: string, options: PostOptions, lookup: LookupFunction): Promise<SendResult> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(target, {
      method: 'POST',
      lookup,
      timeout: options.timeoutMs,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...options.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < MAX_ANSWER) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => resolve(sortAnswer(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER))));
      res.on('error', (e) => resolve({ ok: false, retryable: true, error: `network error: ${describe(e)}` }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`timeout after ${options.timeoutMs} ms`), { name: 'TimeoutError' })));
    req.on('error', (e) => {
      const refused = (e as { code?: string }).code === 'ERR_ADDRESS_NOT_PUBLIC';
      resolve(refused ? { ok: false, retryable: false, error: e.message } : { ok: false, retryable: true, error: e.name === 'TimeoutError' ? e.message : `network error: ${describe(e)}` });
    });
    req.end(body);
  });
}

function sortAnswer(status: number, text: string): SendResult {
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
