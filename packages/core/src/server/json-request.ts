import type { IncomingMessage, ServerResponse } from 'node:http';
import { problem, sendProblem } from './http-problem.js';
import { discardRest, readBody } from './read-body.js';

/** Up to this many times the limit of an over-large body is read and dropped before the connection is. */
const DISCARD_FACTOR = 4;

/** Decodes request bodies, refusing bytes that are not UTF-8 rather than guessing. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON request body, with its bytes (for hashing). */
export interface JsonBody {
  readonly json: unknown;
  readonly bytes: Buffer;
}

/**
 * Reads an `application/json` (UTF-8) body of at most `maxBytes`. On anything else it
 * answers the request itself (415, 413, 400 — never echoing the body, which can be
 * personal data) and resolves to `undefined`.
 */
export async function readJsonRequest(request: IncomingMessage, response: ServerResponse, maxBytes: number): Promise<JsonBody | undefined> {
  const mediaType = parseMediaType(request.headers['content-type']);
  if (mediaType?.type !== 'application/json' || (mediaType.charset && mediaType.charset !== 'utf-8')) {
    sendProblem(
      response,
      problem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the body as application/json (UTF-8).'),
      { 'accept-post': 'application/json' },
    );
    return undefined;
  }
  const body = await readBody(request, maxBytes);
  if (body.kind === 'aborted') {
    response.destroy();
    return undefined;
  }
  if (body.kind === 'too-large') {
    const tooLarge = problem(413, 'content-too-large', 'Content too large', `The body must be at most ${maxBytes} bytes.`);
    // A body a little too large is read and dropped, so the client (or a proxy in
    // front) sees this answer rather than a reset; a huge one is not worth reading.
    const discardLimit = maxBytes * DISCARD_FACTOR;
    if (Number(request.headers['content-length'] ?? 0) <= discardLimit) {
      discardRest(request, discardLimit);
      sendProblem(response, tooLarge);
    } else {
      response.on('finish', () => request.socket.destroy());
      sendProblem(response, tooLarge, { connection: 'close' });
    }
    return undefined;
  }
  try {
    return { json: JSON.parse(UTF8.decode(body.bytes)), bytes: body.bytes };
  } catch {
    // Never echo the parser's message: it can quote the body, which is personal data.
    sendProblem(
      response,
      problem(400, 'invalid-json', 'Invalid JSON', 'The body is not valid UTF-8 JSON.', [
        { path: '', code: 'invalid-json', message: 'The body is not valid UTF-8 JSON.' },
      ]),
    );
    return undefined;
  }
}

function parseMediaType(header: string | undefined): { type: string; charset?: string } | undefined {
  if (!header) return undefined;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return { type: type ?? '', ...(charset ? { charset } : {}) };
}
