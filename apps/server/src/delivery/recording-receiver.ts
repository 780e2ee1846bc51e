import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifySignature } from './webhook-signature';

export interface RecordedRequest {
  seq: number;
  path: string;
  idempotencyKey: string | null;
  body: string;
  json: unknown;
  /** Whether the webhook signature checked out (null when the receiver was given no secret). */
  signatureValid: boolean | null;
  /** What the receiver answered. */
  status: number;
  /** An accepted request whose idempotency key was accepted before (a receiver would drop it). */
  duplicate: boolean;
  at: string;
}

export interface RecordingReceiver {
  /** `http://127.0.0.1:<port>`; any path is accepted (e.g. `/hook`, `/mail`, `/sms`). */
  readonly url: string;
  /** Every request, oldest first (at most `keep`). */
  readonly requests: readonly RecordedRequest[];
  /** The requests answered 2xx. */
  accepted(): RecordedRequest[];
  /** The next `times` requests are answered `status` (default 503) instead of 200. */
  failNext(times: number, status?: number): void;
  /** Answers after this delay (for time-out tests). */
  delayResponses(ms: number): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage, limit = 1 << 20): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) req.destroy(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The local test double of every channel (and the demo's stand-in for the city's messaging gateway):
 * an HTTP receiver on 127.0.0.1 that records each request, checks the webhook signature when given
 * the secret (a bad one is answered 401), notes repeated idempotency keys, and can be told to fail.
 */
export async function startRecordingReceiver(options: { secret?: string; keep?: number } = {}): Promise<RecordingReceiver> {
  const requests: RecordedRequest[] = [];
  const keep = options.keep ?? 1000;
  const seenKeys = new Set<string>();
  let failures: { times: number; status: number } = { times: 0, status: 503 };
  let delayMs = 0;
  let seq = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
      const signatureHeader = req.headers[SIGNATURE_HEADER.toLowerCase()];
      const signatureValid = options.secret ? verifySignature(options.secret, body, typeof signatureHeader === 'string' ? signatureHeader : undefined) : null;
      let status = 200;
      if (req.method !== 'POST') status = 405;
      else if (signatureValid === false) status = 401;
      else if (failures.times > 0) {
        failures = { ...failures, times: failures.times - 1 };
        status = failures.status;
      }
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        // recorded as text only
      }
      const isAccepted = status < 300;
      const duplicate = isAccepted && key !== null && seenKeys.has(key);
      if (isAccepted && key !== null) seenKeys.add(key);
      const record: RecordedRequest = { seq: ++seq, path: req.url ?? '/', idempotencyKey: key, body, json, signatureValid, status, duplicate, at: new Date().toISOString() };
      requests.push(record);
      if (requests.length > keep) requests.shift();
      // No keep-alive: a reused socket the server is just closing would fail the next send (ECONNRESET).
      res.writeHead(status, { 'Content-Type': 'application/json', Connection: 'close' });
      res.end(JSON.stringify(isAccepted ? { messageId: `recorder-${record.seq}` } : { error: `status ${status}` }));
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref(); // never keeps the process alive on its own
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    accepted: () => requests.filter((r) => r.status < 300),
    failNext(times, status = 503) {
      failures = { times, status };
    },
    delayResponses(ms) {
      delayMs = ms;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
