import type { IncomingMessage, ServerResponse } from 'node:http';
/** The CSP of docs/embedding.md, with the Trusted Types policies a framework adds. */
export function strictCsp(extraPolicies?: readonly string[]): string;
/** True for a path the page's own origin forwards to the endpoint. */
export function isApiPath(pathname: string): boolean;
/** Forwards a request for `/api/…` to the same path under `endpointUrl`; 502 when it does not answer. */
export function forwardToEndpoint(req: IncomingMessage, res: ServerResponse, endpointUrl: string): void;
