import type { IncomingMessage, ServerResponse } from 'node:http';

/** A POST route the reference server mounts beside `/submissions` (drafts, receipts). */
export type EndpointRoute = (request: IncomingMessage, response: ServerResponse, client: string) => Promise<void>;
