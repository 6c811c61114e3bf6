import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A small FHIR-shaped server on 127.0.0.1 for the forwarding tests: it takes `transaction`
// Bundles POSTed to its base URL and applies them as a FHIR server does, conditional
// creates (`ifNoneExist` on an identifier) and updates (PUT Type/id) included, answering
// a `transaction-response` Bundle. Each request can be scripted to fail first.

/** What the server does with one request. */
export type FhirServerMode =
  /** Applies the Bundle and answers. */
  | 'ok'
  /** Answers 500 without applying anything. */
  | 'fail'
  /** Applies the Bundle, then drops the connection before answering: the lost answer a retry must survive. */
  | 'apply-then-drop'
  /** Answers 200 with a web page, as a misconfigured proxy might: not a delivery. */
  | 'not-fhir';

interface Identifier {
  readonly system?: string;
  readonly value?: string;
}

interface Resource {
  readonly resourceType: string;
  readonly id?: string;
  /** A list, or one identifier (QuestionnaireResponse, Bundle). */
  readonly identifier?: Identifier | readonly Identifier[];
}

interface Entry {
  readonly resource: Resource;
  readonly request: { readonly method: string; readonly url: string; readonly ifNoneExist?: string };
}

export interface FhirTestServer {
  /** The base URL Bundles are POSTed to. */
  readonly baseUrl: string;
  /** Every resource held, by `Type/id`. */
  readonly resources: ReadonlyMap<string, Resource>;
  /** Each request as received: method, path, headers and parsed body. */
  readonly requests: readonly { readonly method: string; readonly path: string; readonly headers: IncomingMessage['headers']; readonly body: unknown }[];
  close(): Promise<void>;
}

/** Starts the server; requests take `modes` in turn, then `ok`. */
export async function startFhirServer(modes: FhirServerMode[] = []): Promise<FhirTestServer> {
  const resources = new Map<string, Resource>();
  const requests: { method: string; path: string; headers: IncomingMessage['headers']; body: unknown }[] = [];
  let nextId = 1;

  function apply(bundle: { entry?: Entry[] }) {
    return (bundle.entry ?? []).map((entry) => {
      const { resource, request } = entry;
      if (request.method === 'POST') {
        const match = /^identifier=(.*)$/.exec(request.ifNoneExist ?? '');
        if (match) {
          const [system, value] = decodeURIComponent(match[1]!).split('|');
          for (const [key, held] of resources) {
            if (held.resourceType === request.url && [held.identifier ?? []].flat().some((i) => i.system === system && i.value === value)) {
              return { response: { status: '200 OK', location: key } };
            }
          }
        }
        const key = `${request.url}/srv-${nextId++}`;
        resources.set(key, { ...resource, id: key.split('/')[1] });
        return { response: { status: '201 Created', location: key } };
      }
      if (request.method === 'PUT') {
        const existed = resources.has(request.url);
        resources.set(request.url, resource);
        return { response: { status: existed ? '200 OK' : '201 Created', location: request.url } };
      }
      throw new Error(`unsupported method ${request.method}`);
    });
  }

  const server: Server = createServer((request, response) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body });
      const mode = modes.shift() ?? 'ok';
      const bundle = body as { resourceType?: string; type?: string; entry?: Entry[] };
      if (mode === 'not-fhir') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>');
      if (mode === 'fail') return void response.writeHead(500, { 'content-type': 'application/fhir+json' }).end('{"resourceType":"OperationOutcome","issue":[]}');
      if (request.method !== 'POST' || bundle?.resourceType !== 'Bundle' || bundle.type !== 'transaction') {
        return void response.writeHead(400, { 'content-type': 'application/fhir+json' }).end('{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid"}]}');
      }
      const entry = apply(bundle);
      if (mode === 'apply-then-drop') return void response.destroy();
      response.writeHead(200, { 'content-type': 'application/fhir+json' }).end(JSON.stringify({ resourceType: 'Bundle', type: 'transaction-response', entry }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir/R4`,
    resources,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
