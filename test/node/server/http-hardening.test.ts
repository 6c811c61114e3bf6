import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { ConfigError } from '@onestory/core';
import { createReferenceServer, type ReferenceServer } from '@onestory/core/server';
import { quickLocation } from '../../support/stores.js';
import { assertProblem, post, submit } from '../../support/receiver-http.js';
import { fullStorySubmission, submissionIdFor } from '../../support/submissions.js';

// What the receiver answers to hostile or broken HTTP: always a problem body, never a
// crash, never a connection held for minutes.

let n = 0;
const nextId = () => submissionIdFor(0x4a4d, ++n);
let root: string;
let server: ReferenceServer;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'onestory-hardening-'));
  server = await createReferenceServer({ ...(await quickLocation(root)), requestTimeoutMs: 600, maxBodyBytes: 200_000, allowedOrigins: ['https://partner.example'] });
});
after(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

/** Writes raw bytes on a socket and resolves to everything the server answered before closing. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.on('data', (data) => (text += data));
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
  });
}

const problemOf = (reply: string) => JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)) as { status: number; type: string };

describe('receiver: hostile HTTP', () => {
  it('431 with a problem body for a 64 KB header', async () => {
    const reply = await raw(`GET /service HTTP/1.1\r\nhost: 127.0.0.1\r\nx-big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    assert.match(reply, /^HTTP\/1\.1 431 /);
    assert.match(reply, /content-type: application\/problem\+json/);
    assert.equal(problemOf(reply).type, 'https://onestory.dev/problems/headers-too-large');
  });

  it('408 with a problem body for a client too slow to send its request, and keeps serving', async () => {
    const started = Date.now();
    const reply = await raw(`POST /submissions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"schema`);
    assert.match(reply, /^HTTP\/1\.1 408 /);
    assert.equal(problemOf(reply).type, 'https://onestory.dev/problems/request-timeout');
    assert.ok(Date.now() - started < 60_000, 'not held for minutes');
    assert.equal((await submit(server, fullStorySubmission(nextId()))).status, 201);
  });

  it('400 with a problem body for malformed HTTP', async () => {
    const reply = await raw('NONSENSE /\x00 HTTP/9\r\n\r\n');
    assert.match(reply, /^HTTP\/1\.1 400 /);
    assert.equal(problemOf(reply).type, 'https://onestory.dev/problems/bad-request');
  });

  it('421 for a Host it does not answer to (DNS rebinding), and for none', async () => {
    for (const host of ['evil.example', 'evil.example:80', '127.0.0.1.evil.example']) {
      const reply = await raw(`GET /service HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`);
      assert.match(reply, /^HTTP\/1\.1 421 /, host);
      assert.equal(problemOf(reply).type, 'https://onestory.dev/problems/host-not-allowed');
    }
    assert.match(await raw(`GET /service HTTP/1.0\r\n\r\n`), /^HTTP\/1\.1 421 /);
    for (const host of ['localhost', '127.0.0.1:1', '[::1]:8080']) {
      assert.match(await raw(`GET /service HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`), /^HTTP\/1\.1 401 /, host);
    }
  });

  it('requires allowedHosts when listening beyond loopback', async () => {
    await assert.rejects(createReferenceServer({ dataDir: join(root, 'x'), host: '0.0.0.0' }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.problems.map((p) => p.path), ['allowedHosts']);
      return true;
    });
  });

  it('404 for other paths and 405 with Allow for other methods, as problems', async () => {
    assertProblem(await post(`${server.url}/nowhere`, {}), 404, 'not-found');
    const del = await fetch(`${server.url}/submissions`, { method: 'DELETE' });
    assert.equal(del.status, 405);
    assert.equal(del.headers.get('allow'), 'POST');
    const put = await fetch(`${server.url}/services/x/inbox`, { method: 'PUT' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET');
  });

  it('403 for a preflight from an origin that is not a partner', async () => {
    const response = await fetch(`${server.url}/submissions`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const partner = await fetch(`${server.url}/submissions`, { method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' } });
    assert.equal(partner.status, 204);
  });

  it('413 for a streamed body past the limit, and survives a client hanging up mid-body', async () => {
    const status = await new Promise<number>((resolve) => {
      const req = httpRequest(`${server.url}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => undefined);
      req.end(Buffer.alloc(300_000, 0x20));
    });
    assert.equal(status, 413);
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${server.url}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
      req.on('error', () => resolve());
      req.write('{"schemaVersion":"1.0",', () => setTimeout(() => req.destroy(), 20));
    });
    assert.equal((await submit(server, fullStorySubmission(nextId()))).status, 201);
  });

  it('rate-limits per address with 429 and Retry-After, when configured', async () => {
    let now = 1_000_000;
    const limited = await createReferenceServer({ store: server.store, rateLimit: { requests: 2, perMs: 10_000 }, now: () => now });
    try {
      assert.equal((await submit(limited, fullStorySubmission(nextId()))).status, 201);
      assert.equal((await submit(limited, fullStorySubmission(nextId()))).status, 201);
      const answer = await submit(limited, fullStorySubmission(nextId()));
      assertProblem(answer, 429, 'too-many-requests');
      assert.equal(answer.headers.get('retry-after'), '5');
      now += 5_000;
      assert.equal((await submit(limited, fullStorySubmission(nextId()))).status, 201);
    } finally {
      await limited.close();
    }
  });

  it('names invalid options', async () => {
    await assert.rejects(createReferenceServer({ dataDir: '', port: 70_000, maxBodyBytes: 0, retention: { a: '6 years' } }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.problems.map((p) => p.path), ['dataDir', 'port', 'maxBodyBytes', 'retention.a']);
      return true;
    });
  });
});
