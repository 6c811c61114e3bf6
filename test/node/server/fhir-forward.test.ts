import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigError } from '@onestory/core';
import { createReferenceServer, FHIR_JSON, openReceiverStore, type ReceiverStore, type ReferenceServer, type ReferenceServerOptions } from '@onestory/core/server';
import { startFhirServer, type FhirServerMode, type FhirTestServer } from '../../support/fhir-server.js';
import { validateFhir } from '../../support/fhir-validator.js';
import { submit } from '../../support/receiver-http.js';
import { freshLocation, STORE_KINDS } from '../../support/stores.js';
import { exampleDefinition, fullSubmission, submissionIdFor } from '../../support/submissions.js';

// Issue 19: a service can take its envelope as a FHIR R4 transaction Bundle, POSTed to its
// FHIR server from the store's durable queue with delivery's guarantees: retried until the
// server answers, and never copied twice there (conditional creates on stable identifiers),
// however the attempts fail. Against a small FHIR-shaped server on 127.0.0.1, on both stores.

const SERVICE = 'health-visiting';
const definition = exampleDefinition();

interface Bundle {
  readonly resourceType: string;
  readonly type: string;
  readonly entry: readonly { readonly resource: { readonly resourceType: string }; readonly request: { readonly method: string } }[];
}

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'onestory-fhir-forward-'));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

for (const [k, kind] of STORE_KINDS.entries()) {
  describe(`FHIR forwarding (${kind})`, () => {
    let store: ReceiverStore;
    let n = 0;
    const nextId = () => submissionIdFor(0xf0 + k, ++n);
    const running: ReferenceServer[] = [];
    const fhirServers: FhirTestServer[] = [];
    let clock = Date.parse('2026-06-01T08:00:00Z');
    const start = async (fhir: FhirTestServer, options: Partial<ReferenceServerOptions> = {}) => {
      const server = await createReferenceServer({
        store,
        now: () => clock,
        webhookIntervalMs: 0,
        purgeIntervalMs: 0,
        fhirForwardIntervalMs: 0,
        fhirForward: { [SERVICE]: { baseUrl: fhir.baseUrl, definitions: [definition], authorization: 'Bearer trust-issued-token' } },
        ...options,
      });
      running.push(server);
      return server;
    };
    const fhirServer = async (...modes: FhirServerMode[]) => {
      const server = await startFhirServer(modes);
      fhirServers.push(server);
      return server;
    };
    const pendingFor = async (submissionId: string) => (await store.pendingForwards()).filter((job) => job.submissionId === submissionId);

    before(async () => {
      store = await openReceiverStore(await freshLocation(kind, root));
    });
    after(async () => {
      await Promise.all(running.map((server) => server.close()));
      await Promise.all(fhirServers.map((server) => server.close()));
      await store.close();
    });

    it('fails, retries with backoff, survives a lost answer, and ends with one copy of each resource', async () => {
      const fhir = await fhirServer('fail', 'apply-then-drop');
      const server = await start(fhir);
      const submission = fullSubmission(nextId());
      assert.equal((await submit(server, submission)).status, 201);
      assert.equal((await submit(server, submission)).headers.get('idempotent-replayed'), 'true');
      assert.deepEqual((await pendingFor(submission.submissionId)).map((job) => job.serviceId), [SERVICE], 'one forward, for the configured service only, replay or not');

      assert.equal(await server.sendFhirForwards(), 0, 'the server answers 500');
      let [job] = await pendingFor(submission.submissionId);
      assert.equal(job!.lastStatus, '500');
      assert.equal(await server.sendFhirForwards(), 0, 'not due yet');
      assert.equal(fhir.requests.length, 1);

      clock = Date.parse(job!.nextAttemptAt);
      assert.equal(await server.sendFhirForwards(), 0, 'applied, but the answer is lost');
      [job] = await pendingFor(submission.submissionId);
      assert.equal(job!.lastStatus, 'network-error');
      assert.equal(job!.attempts, 2);

      clock = Date.parse(job!.nextAttemptAt);
      assert.equal(await server.sendFhirForwards(), 1);
      assert.deepEqual(await pendingFor(submission.submissionId), []);
      clock += 3_600_000;
      assert.equal(await server.sendFhirForwards(), 0, 'delivered once: not sent again');
      assert.equal(fhir.requests.length, 3);

      const [first, ...retries] = fhir.requests;
      const bundle = first!.body as Bundle;
      for (const retry of retries) assert.deepEqual(retry.body, bundle, 'every attempt sends the same Bundle');
      assert.equal(first!.method, 'POST');
      assert.equal(first!.path, new URL(fhir.baseUrl).pathname, 'POSTed to the FHIR base URL');
      assert.equal(first!.headers['content-type'], FHIR_JSON);
      assert.equal(first!.headers['authorization'], 'Bearer trust-issued-token');
      assert.equal(bundle.type, 'transaction');
      assert.ok(bundle.entry.some((e) => e.resource.resourceType === 'QuestionnaireResponse'));
      assert.deepEqual(validateFhir(bundle as never), [], 'the forwarded Bundle is valid R4');
      // The retry after the lost answer matched every conditional create: no second copies.
      assert.equal(fhir.resources.size, bundle.entry.length);
      const types = [...fhir.resources.values()].map((r) => r.resourceType);
      assert.equal(types.filter((t) => t === 'QuestionnaireResponse').length, 1);
      assert.equal(types.filter((t) => t === 'Patient').length, 1);
    });

    it('sends each forward once when two receivers on one database send at the same time', async () => {
      const fhir = await fhirServer();
      const [a, b] = [await start(fhir), await start(fhir)];
      const ids = [nextId(), nextId(), nextId()];
      for (const id of ids) assert.equal((await submit(id.endsWith('1') ? a : b, fullSubmission(id))).status, 201);
      const sent = await Promise.all([a.sendFhirForwards(), b.sendFhirForwards(), a.sendFhirForwards(), b.sendFhirForwards()]);
      assert.equal(sent.reduce((x, y) => x + y, 0), ids.length);
      assert.equal(fhir.requests.length, ids.length);
      const responses = [...fhir.resources.values()].filter((r) => r.resourceType === 'QuestionnaireResponse');
      assert.equal(responses.length, ids.length);
    });

    it('sends nothing once the envelope is purged, and keeps retrying a submission whose definition is not configured', async () => {
      const fhir = await fhirServer();
      const server = await start(fhir, { retention: { [SERVICE]: 'P1D' } });
      const purged = fullSubmission(nextId());
      await submit(server, purged);
      clock += 2 * 86_400_000;
      await server.purge();
      assert.equal(await server.sendFhirForwards(), 0);
      assert.deepEqual(await pendingFor(purged.submissionId), []);
      assert.equal(fhir.requests.length, 0, 'nothing purged is sent');

      const other = await start(fhir, { fhirForward: { [SERVICE]: { baseUrl: fhir.baseUrl, definitions: [{ ...definition, id: 'another-front-door' }] } } });
      const unmatched = fullSubmission(nextId());
      await submit(other, unmatched);
      assert.equal(await other.sendFhirForwards(), 0);
      assert.equal((await pendingFor(unmatched.submissionId))[0]?.lastStatus, 'no-definition', 'kept, to go once the definition is configured');
      clock += 3_600_000;
      assert.equal(await server.sendFhirForwards(), 1, 'a receiver that has the definition sends it');
    });

    it('counts a 2xx that is not a transaction-response (a proxy\'s page) as a failure, and retries', async () => {
      const fhir = await fhirServer('not-fhir');
      const server = await start(fhir);
      const submission = fullSubmission(nextId());
      await submit(server, submission);
      assert.equal(await server.sendFhirForwards(), 0);
      const [job] = await pendingFor(submission.submissionId);
      assert.equal(job?.lastStatus, '200-not-a-transaction-response');
      clock = Date.parse(job!.nextAttemptAt);
      assert.equal(await server.sendFhirForwards(), 1);
    });
  });
}

describe('FHIR forwarding options', () => {
  it('names each bad target option', async () => {
    await assert.rejects(
      createReferenceServer({ dataDir: join(tmpdir(), 'never-opened'), fhirForward: { [SERVICE]: { baseUrl: 'ftp://x', definitions: [] } } }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(error.problems.map((p) => p.path), [`fhirForward.${SERVICE}.baseUrl`, `fhirForward.${SERVICE}.definitions`]);
        return true;
      },
    );
  });
});
