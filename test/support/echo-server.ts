import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface EchoServerOptions {
  readonly dataDir: string;
  readonly host?: string;
  readonly port?: number;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Stand-in endpoint proving the browser-test endpoint hook (web-test-runner.config.mjs),
 * until core's reference server takes its place. `POST /echo` stores the body as
 * `<id>.json` in `dataDir` and answers `201 {"id"}`; any origin may call it.
 */
export async function createEchoServer({
  dataDir,
  host = '127.0.0.1',
  port = 0,
}: EchoServerOptions): Promise<RunningServer> {
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', 'content-type');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'POST' || request.url !== '/echo') {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = randomUUID();
      writeFile(join(dataDir, `${id}.json`), Buffer.concat(chunks)).then(
        () => response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id })),
        () => response.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${boundPort}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
