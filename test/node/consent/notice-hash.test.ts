import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { privacyNoticeHash } from '@onestory/core';
import { canonicalJson, sha256Hex } from '@onestory/core/consent';
import { fixtureDefinition } from './fixtures.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('SHA-256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on any text, including Welsh, emoji and block boundaries', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ minLength: 50, maxLength: 130 })), (text) => {
        assert.equal(sha256Hex(text), nodeSha256(text));
      }),
      { seed: 27560, numRuns: 500 },
    );
    assert.equal(sha256Hex('Ŵ'.repeat(10_000)), nodeSha256('Ŵ'.repeat(10_000)));
  });
});

describe('privacy notice hash', () => {
  it('is the SHA-256 of the canonical JSON, whatever order the keys were written in', () => {
    const notice = fixtureDefinition().privacyNotice;
    const reordered = Object.fromEntries(Object.entries(notice).reverse()) as typeof notice;
    assert.equal(privacyNoticeHash(reordered), privacyNoticeHash(notice));
    assert.equal(privacyNoticeHash(notice), nodeSha256(canonicalJson(notice)));
    assert.equal(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: undefined, y: 'é' } }), '{"a":[true,null,"x"],"b":1,"c":{"y":"é"}}');
  });

  it('changes when any word of the notice changes', () => {
    const notice = fixtureDefinition().privacyNotice;
    const changed = { ...notice, rights: { ...notice.rights, cy: `${notice.rights['cy']} ` } };
    assert.notEqual(privacyNoticeHash(changed), privacyNoticeHash(notice));
  });
});
