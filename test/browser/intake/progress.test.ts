import { expect } from '@open-wc/testing';
import type { PageChangeDetail } from '../../../packages/components/src/events/page-change-event.js';
import { ANSWERS } from './answers.js';
import { EARLY_HELP_URL, LONG_FLOW_MS, exampleDefinition, mountIntake, shadow, type SuiteContext } from './intake-helpers.js';
import { walkJourney, type Walker } from './journey.js';

// Honest progress (issue 20): walked through the whole journey in Chromium, the progress
// the person reads goes "Step 1", "Step 2"… one at a time, the services, consent and check
// steps included; a total, once shown, is the real one and never changes. On `main` before
// this, the front door said "Step 1 of 2", "Step 2 of 2", then "Step 3 of 13", and the
// services, consent and check steps showed no progress at all.

const PERSON = {
  ...ANSWERS['en'],
  'needs.domains': ['educationYouth', 'care'],
  'person.dateOfBirth': '2006-02-28',
  'contact.safeContact': { call: { safe: true }, text: { safe: true }, email: { safe: true }, post: { safe: true }, visit: { safe: true }, voicemail: true },
  'household.members': [],
  'needs.educationYouth.description': 'I want help finding an apprenticeship.',
  'needs.care.description': 'Needs help at home after a stroke.',
  'referrer.name': 'Dee Morgan',
  'referrer.role': 'Social worker',
  'referrer.organisation': 'Neath Port Talbot Council',
  'referrer.secureEmail': 'dee.morgan@npt.gov.uk',
};

/** "Step 4 of 16" from a page-change event's progress, as the person reads it. */
const told = (detail: PageChangeDetail | undefined) =>
  detail?.progress ? `Step ${detail.progress.current}${detail.progress.total === undefined ? '' : ` of ${detail.progress.total}`}` : '(none)';

/**
 * Every step's progress text, from the first screen to "check your answers"; and on each,
 * what the last `onestory-page-change` told the host page, which must say the same.
 */
async function progressTexts(walker: Walker): Promise<{ step: string; text: string }[]> {
  const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL));
  const seen: { step: string; text: string }[] = [];
  let last: PageChangeDetail | undefined;
  intake.addEventListener('onestory-page-change', (event) => (last = event.detail));
  await walkJourney(intake, walker, (step) => {
    const caption = shadow(intake).querySelector('.caption')?.textContent ?? '';
    const text = /Step \d+( of \d+)?/.exec(caption)?.[0] ?? '(none)';
    // The first screen's event fired while the intake mounted, before this listened.
    if (seen.length > 0) expect(told(last), `the page-change event tells the host what "${step}" shows`).to.equal(text);
    seen.push({ step, text });
  });
  return seen;
}

function expectHonest(seen: { step: string; text: string }[]): void {
  const trail = seen.map((s) => `${s.step} → ${s.text}`).join('\n');
  seen.forEach(({ text }, i) => expect(text, `step ${i + 1} has its place:\n${trail}`).to.match(new RegExp(`^Step ${i + 1}( of \\d+)?$`)));
  const firstTotal = seen.findIndex(({ text }) => text.includes(' of '));
  expect(firstTotal, `a total is shown once known:\n${trail}`).to.be.greaterThan(-1);
  for (const { text } of seen.slice(firstTotal)) expect(text, `a total once shown never changes:\n${trail}`).to.match(new RegExp(` of ${seen.length}$`));
}

describe('progress over a whole journey (issue 20)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS);

  it('counts every step, services, consent and check included, and never shows a total that changes', async () => {
    const seen = await progressTexts({ answers: { ...PERSON, 'referrer.type': 'self' }, services: ['youth-service'] });
    expectHonest(seen);
    expect(seen[0]!.text, 'the first page cannot know the total yet').to.equal('Step 1');
  });

  it('does the same for a professional, whose details page and agreement screen count too', async () => {
    const seen = await progressTexts({ answers: { ...PERSON, 'referrer.type': 'professional' }, services: ['adult-social-care'] });
    expectHonest(seen);
    expect(seen.map((s) => s.step)).to.include.members(['privacy-and-consent: Their agreement to this referral']);
  });
});
