import { expect } from '@open-wc/testing';
import { testEndpoint } from '../helpers/endpoint.js';

describe('harness: test endpoint', () => {
  it('receives a cross-origin POST from the page and shows what it stored', async () => {
    const endpoint = await testEndpoint();
    expect(new URL(endpoint.url).hostname).to.equal('127.0.0.1');

    const payload = { marker: crypto.randomUUID(), text: 'Tell your story once' };
    const response = await fetch(`${endpoint.url}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    expect(response.status).to.equal(201);
    const { id } = (await response.json()) as { id: string };

    const stored = await endpoint.stored();
    expect(stored).to.have.property(`${id}.json`);
    expect(JSON.parse(stored[`${id}.json`] ?? '')).to.deep.equal(payload);
  });
});
