import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to one request. Every fault a phone on a bus, a hotel Wi-Fi or an
 * overloaded council server can inflict on a POST.
 */
export type Fault =
  /** Forwarded and answered normally. */
  | { readonly kind: 'pass' }
  /** Answered with this status by the "gateway"; never reaches the endpoint. */
  | { readonly kind: 'status'; readonly status: 500 | 502 | 503 }
  /** Answered 429 with `Retry-After` (seconds); never reaches the endpoint. */
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds: number }
  /** Never forwarded, never answered: the client's timeout must fire. */
  | { readonly kind: 'hang' }
  /** Forwarded (the endpoint commits), but the answer is withheld until the client gives up. */
  | { readonly kind: 'hang-after-commit' }
  /** The connection is reset before anything is forwarded. */
  | { readonly kind: 'reset' }
  /** Forwarded and committed, then the connection is destroyed: the answer is lost. */
  | { readonly kind: 'lost-response' }
  /** Forwarded twice at once (a duplicated packet stream); the client gets the first answer. */
  | { readonly kind: 'duplicate' }
  /** Forwarded, answered, then delivered to the endpoint again (a late retransmission). */
  | { readonly kind: 'duplicate-late' };

/** The request a fault is chosen for. */
export interface ProxiedRequest {
  /** 0 for the first request the proxy saw. */
  readonly index: number;
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | undefined;
  /** 0 for the first request with this idempotency key, 1 for its first retry… */
  readonly attempt: number;
}

export interface FaultProxyOptions {
  /** The real endpoint's base URL. */
  readonly target: string;
  /** Chooses the fault for each request. */
  readonly faultFor: (request: ProxiedRequest) => Fault;
}

export interface FaultProxy {
  /** Base URL of the proxy on 127.0.0.1. */
  readonly url: string;
  /** Every request seen, with the fault applied. */
  readonly log: readonly (ProxiedRequest & { readonly fault: Fault })[];
  /** Resolves when every request the proxy forwarded has been answered by the endpoint. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** A loopback HTTP proxy that injects {@link Fault}s, for delivery tests and the soak run. */
export async function createFaultProxy({ target, faultFor }: FaultProxyOptions): Promise<FaultProxy> {
  const log: (ProxiedRequest & { fault: Fault })[] = [];
  const attempts = new Map<string, number>();
  const upstream = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    upstream.add(work);
    void work.finally(() => upstream.delete(work)).catch(() => undefined);
    return work;
  };

  const server = createServer(async (request, response) => {
    const body = await readAll(request);
    const key = headerValue(request.headers['idempotency-key']);
    const attempt = key === undefined ? 0 : (attempts.get(key) ?? 0);
    if (key !== undefined) attempts.set(key, attempt + 1);
    const proxied: ProxiedRequest = {
      index: log.length,
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      idempotencyKey: key,
      attempt,
    };
    const fault = faultFor(proxied);
    log.push({ ...proxied, fault });
    const forward = () => track(forwardRequest(target, request, body));

    switch (fault.kind) {
      case 'pass':
        return relay(await forward(), response);
      case 'status':
        return problemAnswer(response, fault.status, {});
      case 'rate-limit':
        return problemAnswer(response, 429, { 'retry-after': String(fault.retryAfterSeconds) });
      case 'hang':
        return; // The socket stays open until the client aborts or the proxy closes.
      case 'hang-after-commit':
        await forward().catch(() => undefined);
        return;
      case 'reset':
        return void request.socket.destroy();
      case 'lost-response':
        await forward().catch(() => undefined);
        return void request.socket.destroy();
      case 'duplicate': {
        const [first] = await Promise.allSettled([forward(), forward()]);
        return first.status === 'fulfilled' ? relay(first.value, response) : void request.socket.destroy();
      }
      case 'duplicate-late': {
        const first = await forward();
        relay(first, response);
        void forward().catch(() => undefined);
        return;
      }
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    log,
    async settled() {
      while (upstream.size > 0) await Promise.allSettled([...upstream]);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface UpstreamAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

function forwardRequest(target: string, request: IncomingMessage, body: Buffer): Promise<UpstreamAnswer> {
  const url = new URL(request.url ?? '/', target);
  const headers = { ...request.headers, host: url.host, connection: 'close', 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  return new Promise((resolve, reject) => {
    const upstreamRequest = httpRequest(url, { method: request.method, headers }, (answer) => {
      readAll(answer).then((answerBody) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: answerBody }), reject);
    });
    upstreamRequest.on('error', reject);
    upstreamRequest.end(body);
  });
}

function relay(answer: UpstreamAnswer, response: ServerResponse): void {
  if (response.destroyed) return;
  const headers = { ...answer.headers };
  delete headers['connection'];
  delete headers['keep-alive'];
  delete headers['transfer-encoding'];
  response.writeHead(answer.status, headers).end(answer.body);
}

function problemAnswer(response: ServerResponse, status: number, headers: Record<string, string>): void {
  const body = JSON.stringify({ type: 'about:blank', title: `Injected ${status}`, status });
  response.writeHead(status, { ...headers, 'content-type': 'application/problem+json' }).end(body);
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same fault script. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULT_MENU: readonly ((random: () => number) => Fault)[] = [
  () => ({ kind: 'status', status: 500 }),
  () => ({ kind: 'status', status: 502 }),
  () => ({ kind: 'status', status: 503 }),
  (random) => ({ kind: 'rate-limit', retryAfterSeconds: 1 + Math.floor(random() * 3) }),
  () => ({ kind: 'hang' }),
  () => ({ kind: 'hang-after-commit' }),
  () => ({ kind: 'reset' }),
  () => ({ kind: 'lost-response' }),
  () => ({ kind: 'duplicate' }),
  () => ({ kind: 'duplicate-late' }),
];

/**
 * A random fault script: for each attempt of one submission, the fault to inject (`pass`
 * about a quarter of the time). Past its end every attempt passes, so every story can
 * eventually get through.
 */
export function randomFaultScript(random: () => number, maxLength: number): Fault[] {
  const length = Math.floor(random() * (maxLength + 1));
  return Array.from({ length }, () =>
    random() < 0.25 ? { kind: 'pass' } : FAULT_MENU[Math.floor(random() * FAULT_MENU.length)]!(random),
  );
}
