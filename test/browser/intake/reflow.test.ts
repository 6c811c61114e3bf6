import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { coveredByQuickExit, brokenWords, scrollsSideways } from '../helpers/geometry.js';
import { problemsAtEverySize } from '../helpers/sizes.js';
import { PROFESSIONAL_REFERRAL } from './answers.js';
import { EARLY_HELP_URL, LONG_FLOW_MS, exampleDefinition, mountIntake, shadow, type SuiteContext } from './intake-helpers.js';
import { walkJourney } from './journey.js';

// Nothing covered or cut at 320 px or 400% zoom (issue 20; WCAG 1.4.10 reflow, 2.4.11 focus
// not obscured). A professional's whole journey, every step and every error state: nothing
// scrolls sideways; the sticky "Exit this page" button never covers the focused element,
// the heading or the error summary, even scrolled up into view from below; no word of
// "check your answers" is cut in two; and axe finds nothing at 1280 px, 320 px or 400%.
// On `main` before this, the exit button covered the error summary, headings and "Change"
// links, and check your answers cut "Telephone" in two.

const NARROW = [
  { name: '320 px', width: 320, height: 640 },
  { name: '400% zoom', width: 320, height: 200 },
] as const;

describe('reflow and focus not obscured over a whole journey (issue 20)', function (this: SuiteContext) {
  this.timeout(LONG_FLOW_MS * 4);

  it('covers nothing, cuts nothing and scrolls nowhere sideways at 320 px and 400% zoom, with axe at 0 everywhere', async () => {
    const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { endpoint: 'http://127.0.0.1:9/submissions' });
    const problems: string[] = [];
    const check = async (state: string) => {
      try {
        for (const size of NARROW) {
          await setViewport({ width: size.width, height: size.height });
          await intake.updateComplete;
          const where = `${state} at ${size.name}`;
          for (const problem of [...scrollsSideways(intake), ...(await coveredByQuickExit(intake))]) problems.push(`${where}: ${problem}`);
          if (state.startsWith('check-answers')) {
            const list = shadow(intake).querySelector('.summary-list')!;
            for (const word of brokenWords(list)) problems.push(`${where}: "${word}" is cut in two`);
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
      for (const problem of await problemsAtEverySize(intake)) problems.push(`${state}: ${problem}`);
    };
    // Someone they are afraid of lives with them: the address screen is on the way too.
    const answers = { ...PROFESSIONAL_REFERRAL, 'household.members': [{ name: 'Lee', relationship: 'partner', livesWith: true, roles: ['feared'] }] };
    const seen: string[] = [];
    const look = async (step: string) => {
      seen.push(step);
      await check(step);
    };
    await walkJourney(intake, { answers, services: ['adult-social-care', 'childrens-centres'] }, look, (step) => check(`${step} (errors)`));
    // It was the professional's journey: their own screens, and the address screen, were on the way.
    expect(seen, JSON.stringify(seen)).to.include.members(['privacy-and-consent: Their agreement to this referral', 'privacy-and-consent: Keeping their address safe']);
    expect(problems).to.deep.equal([]);
  });
});

describe('the first step’s links at 320 px', () => {
  it('read as links: no stray bullet, and each line starts where the text does', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const intake = await mountIntake(await exampleDefinition(EARLY_HELP_URL), { endpoint: 'http://127.0.0.1:9/submissions' });
      const links = [...shadow(intake).querySelectorAll<HTMLButtonElement>('.entry-links button')];
      expect(links.length, 'the receipt link at least').to.be.greaterThan(0);
      for (const link of links) {
        expect(getComputedStyle(link.closest('li')!).listStyleType, `"${link.textContent?.trim()}" has no bullet`).to.equal('none');
        const range = document.createRange();
        range.selectNodeContents(link);
        const lines = [...range.getClientRects()];
        const start = link.getBoundingClientRect().left;
        // Centred lines ("View a receipt for something" over "you sent") read as a button's label.
        for (const line of lines) expect(Math.round(line.left - start), `"${link.textContent?.trim()}" lines start at its edge`).to.be.at.most(1);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
