import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createDraftStore, createEndpointDraftStorage, EndpointRequestError, wipeAll } from '@onestory/core';
import { generateResumeCode } from '@onestory/core/delivery';
import { createReferenceServer, type ReferenceServer, type ReferenceServerOptions, type SqlReceiverStore } from '@onestory/core/server';

// Save-and-resume against the real reference endpoint over HTTP: what it stores, expiry
// on its injected clock, and guessing codes through the API.

const DAY = 24 * 60 * 60 * 1000;
const answers = { 'person.givenName': 'Gwenllian', 'needs.safety.description': 'He reads my phone' };

let root: string;
let n = 0;
const running: ReferenceServer[] = [];
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'onestory-drafts-'));
});
after(async () => {
  await Promise.all(running.map((server) => server.close()));
  await rm(root, { recursive: true, force: true });
});

async function start(options: Partial<ReferenceServerOptions> = {}) {
  const dataDir = join(root, `data-${++n}`);
  const server = await createReferenceServer({ dataDir, ...options });
  running.push(server);
  const device = () =>
    createDraftStore({ storage: createEndpointDraftStorage({ endpoint: `${server.url}/submissions` }), iterations: 1000, lifetimeMs: 2 * DAY });
  return { server, device };
}

/** The rows of the store's drafts table, as a leaked copy of the database would show them. */
const draftRows = (server: ReferenceServer) => (server.store as SqlReceiverStore).database.query<Record<string, unknown>>('SELECT * FROM drafts ORDER BY id_hash');

const postOpen = (server: ReferenceServer, lookupId: string) =>
  fetch(`${server.url}/drafts/open`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lookupId }) });

describe('drafts at the reference endpoint', () => {
  it('save on one device and open on another with only the code; the endpoint holds ciphertext alone', async () => {
    const { server, device } = await start({ now: () => Date.UTC(2026, 0, 1) });
    const code = generateResumeCode();
    const saved = await device().save(code, answers);
    assert.deepEqual(saved, { savedAt: Date.UTC(2026, 0, 1), expiresAt: Date.UTC(2026, 0, 3) });
    const opened = await device().load(code.toLowerCase());
    assert.deepEqual(opened, { status: 'found', content: answers, ...saved });

    // A leaked copy of the store: no answer, no code, not even the lookup id the browser sent.
    const [row] = await draftRows(server);
    const text = JSON.stringify(row);
    for (const secret of ['Gwenllian', 'phone', code, code.replace(/-/g, '')]) assert.ok(!text.includes(secret), secret);
    assert.deepEqual(Object.keys(row!).sort(), ['ciphertext', 'expires_at', 'id_hash', 'iv', 'saved_at']);
  });

  it('deletes a draft at expiry by its injected clock, whether or not anyone asks for it', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { server, device } = await start({ now: () => now });
    const [asked, forgotten] = [generateResumeCode(), generateResumeCode()];
    await device().save(asked, answers);
    await device().save(forgotten, answers);
    now += 2 * DAY - 1;
    assert.equal((await device().load(asked)).status, 'found', 'still there a moment before');
    now += 1;
    assert.deepEqual(await device().load(asked), { status: 'not-found' });
    assert.equal((await draftRows(server)).length, 1, 'the one asked for is deleted at once');
    // The other goes at the next sweep: within a minute of the clock, whatever is asked.
    now += 60_000;
    await postOpen(server, 'e'.repeat(64));
    assert.deepEqual(await draftRows(server), [], 'the forgotten one is swept');
  });

  it('caps the lifetime at 30 days and refuses malformed requests by name', async () => {
    const { server } = await start({ now: () => 0 });
    const post = (route: string, body: unknown) =>
      fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const id = 'a'.repeat(64);
    const long = await post('/drafts', { lookupId: id, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'A'.repeat(40), lifetimeSeconds: 365 * 86_400 });
    assert.equal(((await long.json()) as { expiresAt: string }).expiresAt, new Date(30 * DAY).toISOString());
    for (const [body, path] of [
      [{ lookupId: 'CODE-1234' }, 'lookupId'],
      [{ lookupId: id, iv: 'short', ciphertext: 'A'.repeat(40) }, 'iv'],
      [{ lookupId: id, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'not base64!' }, 'ciphertext'],
      [{ lookupId: id, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'A'.repeat(40), lifetimeSeconds: -1 }, 'lifetimeSeconds'],
    ] as const) {
      const answer = await post('/drafts', body);
      assert.equal(answer.status, 400);
      assert.equal(((await answer.json()) as { issues: { path: string }[] }).issues[0]?.path, path);
    }
  });

  it('stops guessing: wrong codes are 404, then 429 with Retry-After, and no guess ever opens a draft', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { server, device } = await start({ now: () => now, guessLimit: { failures: 5, perMs: 60_000 } });
    const code = generateResumeCode();
    await device().save(code, answers);

    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await device().load(generateResumeCode()).then(() => 404, (e: EndpointRequestError) => e.status)));
    assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429, 429, 429, 429, 429, 429, 429]);
    const limited = await postOpen(server, 'f'.repeat(64));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '12');
    // While limited, even the right code waits: a guess that happens to be right cannot be told apart.
    await assert.rejects(device().load(code), (error: unknown) => error instanceof EndpointRequestError && error.status === 429);
    now += 60_000;
    assert.equal((await device().load(code)).status, 'found', 'the person gets in once the window has passed');
  });

  it('"delete my saved answers" and quick exit (wipeAll) delete the draft at the endpoint', async () => {
    const { server, device } = await start();
    const [a, b] = [generateResumeCode(), generateResumeCode()];
    const first = device();
    await first.save(a, answers);
    await first.delete(a);
    assert.deepEqual(await draftRows(server), []);
    const second = device();
    await second.save(b, answers);
    assert.equal((await draftRows(server)).length, 1);
    await wipeAll();
    assert.deepEqual(await draftRows(server), []);
    assert.deepEqual(await device().load(b), { status: 'not-found' });
  });
});
