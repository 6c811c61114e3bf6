// Consent and disclosure figures (not a timed test): per-call cost of the pure functions a
// submission goes through, a receiving server's SubmissionSchema.safeParse, and what the
// consent API adds to a minified bundle. Run after `npm run build` and the test build
// (`tsc -b`), which compiles the shared fixtures: `node test/bench/consent.bench.mjs`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleForBrowser } from '../../scripts/lib/browser-bundle.mjs';
import { kb, measure } from '../../scripts/lib/sizes.mjs';
import * as core from '@onestory/core';
import * as consentApi from '@onestory/core/consent';

const fixturesUrl = new URL('../.build/node/consent/fixtures.js', import.meta.url);
if (!existsSync(fileURLToPath(fixturesUrl))) {
  console.error('Build the tests first (npx tsc -b): test/.build/node/consent/fixtures.js is missing.');
  process.exit(1);
}
const { agreedRecords, ALL_SERVICES, at, fixtureDefinition, fixtureStory, idSequence } = await import(fixturesUrl.href);

/** Median microseconds per call of `fn` over `rounds` rounds of `batch` calls. */
function time(fn, { rounds = 15, batch = 200 } = {}) {
  for (let i = 0; i < batch; i++) fn(); // warm up
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const definition = fixtureDefinition();
const story = fixtureStory();
const consents = agreedRecords(definition);
// Someone feared lives with the person: the service that visits the household reaches
// them only in the ways they marked safe, as they decided on the intake's address screen.
const ways = consentApi.safeWaysOf(story);
const addressDecisions = Object.fromEntries(consentApi.servicesNeedingAddressDecision(definition, story, ALL_SERVICES).map((id) => [id, { choice: 'safe-way', ways }]));
const input = { definition, story, chosenServices: ALL_SERVICES, consents, addressDecisions, locale: 'en', channel: 'web' };
const submission = core.buildSubmission(input, { now: at(20), newId: idSequence() });
const wire = JSON.parse(JSON.stringify(submission));
const bytes = Buffer.byteLength(JSON.stringify(submission));

const rows = [
  ['privacyNoticeHash (SHA-256 of canonical JSON)', time(() => core.privacyNoticeHash(definition.privacyNotice))],
  ['requestConsents (3 services, 5 purposes)', time(() => core.requestConsents(definition, ALL_SERVICES, { now: at(0), newId: idSequence(), locale: 'en' }))],
  ['checkConsentRules (all 11)', time(() => core.checkConsentRules({ ...input, today: '2025-03-27' }))],
  ['buildDisclosures (3 envelopes)', time(() => core.buildDisclosures(story, definition, ALL_SERVICES, consents))],
  ['buildSubmission (rules + disclosures)', time(() => core.buildSubmission(input, { now: at(20), newId: idSequence() }))],
  [`SubmissionSchema.safeParse (${bytes} bytes JSON)`, time(() => core.SubmissionSchema.safeParse(wire))],
  ['previewDisclosures (en)', time(() => core.previewDisclosures(submission.disclosures, definition, 'en'))],
  ['renderReceiptText (en)', time(() => core.renderReceiptText(core.buildReceipt(consents, definition, { now: at(20), locale: 'en' })))],
];
console.log('Consent and disclosure, median µs per call (Node, zod JIT on):');
for (const [name, us] of rows) console.log(`  ${name.padEnd(52)} ${us.toFixed(1).padStart(8)} µs`);

// Bundle cost: the consent API on top of what any intake already pulls in (Story schema, i18n).
const bundle = async (contents) => {
  const result = await bundleForBrowser({
    stdin: { contents, resolveDir: fileURLToPath(new URL('../..', import.meta.url)), loader: 'js' },
    write: false,
  });
  return measure(result.outputFiles[0].contents);
};
const baseline = await bundle(`export { StorySchema, DefinitionSchema, translate } from '@onestory/core';`);
const withConsent = await bundle(
  `export { StorySchema, DefinitionSchema, translate, requestConsents, give, refuse, withdraw, markNoticeShown, buildDisclosures, previewDisclosures, buildReceipt, renderReceiptText, buildSubmission } from '@onestory/core';`,
);
console.log('\nBundle (esbuild, minified):');
console.log(`  Story + definition schemas + i18n        ${kb(baseline.raw).padStart(9)} min  ${kb(baseline.gzip).padStart(8)} gzip`);
console.log(`  … plus the consent and submission API    ${kb(withConsent.raw).padStart(9)} min  ${kb(withConsent.gzip).padStart(8)} gzip`);
console.log(`  consent API adds                         ${kb(withConsent.raw - baseline.raw).padStart(9)} min  ${kb(withConsent.gzip - baseline.gzip).padStart(8)} gzip`);
