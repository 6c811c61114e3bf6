import type { IncomingMessage } from 'node:http';

/** How reading a request body ended. */
export type BodyResult =
  | { readonly kind: 'complete'; readonly bytes: Buffer }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'aborted' };

/**
 * Reads a body of at most `maxBytes`. Past the limit it stops keeping it (the caller
 * answers 413 and {@link discardRest}s the remainder) rather than buffering an attacker's
 * gigabytes; a declared `Content-Length` over the limit is refused before reading.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.pause();
        finish({ kind: 'too-large' });
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => finish({ kind: 'complete', bytes: Buffer.concat(chunks, size) });
    const onError = () => finish({ kind: 'aborted' });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onError);
  });
}

/**
 * Reads and throws away the rest of a body that will not be used (after a 413), so the
 * answer reaches the client: closing a socket with unread data resets it, and the client
 * (or a proxy in front) then sees `ECONNRESET` instead of the answer. Past `limitBytes`
 * the connection is dropped after all: a client that keeps sending is not worth reading.
 */
export function discardRest(request: IncomingMessage, limitBytes: number): void {
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limitBytes) request.socket.destroy();
  });
  request.resume();
}
