// <onestory-provider> with two intakes on one page: what the person tells the first is
// not asked again by the second (WCAG 3.3.7 Redundant Entry, and our mission).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import { ANSWERS } from '../test/browser/intake/answers.js';
import { walkingSkeleton } from './fixtures/definitions.js';
import { ENDPOINTS, STORY_ENDPOINT } from './fixtures/endpoints.js';
import { answerPage, clickContinue, intakeIn } from './support/intake-driver.js';

interface ProviderArgs {
  readonly locale: 'en' | 'cy';
}
type Story = StoryObj<ProviderArgs>;

const meta: Meta<ProviderArgs> = {
  title: 'Provider',
  component: 'onestory-provider',
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'cy'] } },
  render: ({ locale }) => html`<onestory-provider>
    <onestory-intake
      .definition=${walkingSkeleton}
      endpoint=${STORY_ENDPOINT}
      services="housing-support"
      locale=${locale}
      .submissionOptions=${ENDPOINTS.accepting}
    ></onestory-intake>
    <onestory-intake
      .definition=${walkingSkeleton}
      endpoint=${STORY_ENDPOINT}
      services="money-advice"
      locale=${locale}
      .submissionOptions=${ENDPOINTS.accepting}
    ></onestory-intake>
  </onestory-provider>`,
};
export default meta;

/** Two intakes, nothing said yet: both start at "Who is filling in this form?". */
export const TwoIntakes: Story = {};
export const TwoIntakesWelsh: Story = { args: { locale: 'cy' } };

/**
 * The person answered the first intake's first two pages: the second intake skips who is
 * filling in, their name and phone, and asks only about money.
 */
export const AskedOnce: Story = {
  play: async ({ canvasElement, args }) => {
    const first = await intakeIn(canvasElement, 0);
    const second = await intakeIn(canvasElement, 1);
    for (let page = 0; page < 2; page++) {
      await answerPage(first, ANSWERS[args.locale]);
      await clickContinue(first);
    }
    await waitFor(() => {
      if (!second.shadowRoot?.querySelector('[data-field="needs.money.description"]')) {
        throw new TypeError('the second intake still asks what the first was told');
      }
    });
  },
};
export const AskedOnceWelsh: Story = { ...AskedOnce, args: { locale: 'cy' } };
