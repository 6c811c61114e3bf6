import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { STRICT_CSP } from '../../support/csp-server.js';
import { repoRoot } from '../../support/paths.js';

// SECURITY.md tells partners which policy to serve; the browser tests serve STRICT_CSP.
// Keep the two the same, so the documented policy is the tested one.

describe('SECURITY.md', () => {
  const text = readFileSync(join(repoRoot, 'SECURITY.md'), 'utf8');

  it('gives partners exactly the Content-Security-Policy the tests run under', () => {
    const blocks = [...text.matchAll(/```text\n([^`]+)```/g)].map((match) => match[1]!.trim());
    assert.ok(blocks.includes(STRICT_CSP), `expected a \`\`\`text block holding:\n${STRICT_CSP}`);
  });

  it('covers the threat model and how to report a vulnerability', () => {
    for (const heading of ['## Reporting a vulnerability', '## Threat model', 'shared or watched device', 'Hostile definitions', 'Hostile answers', 'malicious embedding page (out of scope)']) {
      assert.ok(text.includes(heading), `missing: ${heading}`);
    }
  });
});
