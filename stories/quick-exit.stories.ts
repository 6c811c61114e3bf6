// <onestory-quick-exit>: GOV.UK's "Exit this page". In Storybook, leaving is logged in the
// Actions panel instead of replacing the page (the `navigate` seam), so a designer can
// press it and still see the cover that hides the page at once.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fn } from 'storybook/test';
import { darkTheme } from './support/frames.js';

interface QuickExitArgs {
  readonly url: string;
  readonly locale: 'en' | 'cy';
  readonly navigate: (url: string) => void;
}
type Story = StoryObj<QuickExitArgs>;

const meta: Meta<QuickExitArgs> = {
  title: 'Quick exit',
  component: 'onestory-quick-exit',
  args: { url: 'https://www.bbc.co.uk/weather', locale: 'en', navigate: fn() },
  argTypes: {
    url: { control: 'text', description: 'The neutral page to go to (http or https).' },
    locale: { control: 'inline-radio', options: ['en', 'cy'] },
    navigate: { table: { disable: true } },
  },
  render: (args) => html`<onestory-quick-exit url=${args.url || nothing} locale=${args.locale} .navigate=${args.navigate}></onestory-quick-exit>
    <p>The page a person in danger is on. Press the button, or Shift three times, to leave at once.</p>`,
};
export default meta;

/** The button, as it sits above a form. */
export const Default: Story = {};
export const Welsh: Story = { args: { locale: 'cy' } };

/** Shift pressed once: the count is shown and announced politely. */
export const ShiftCount: Story = {
  play: async ({ canvasElement }) => {
    const quickExit = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('onestory-quick-exit')!;
    await quickExit.updateComplete;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true, bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    await quickExit.updateComplete;
  },
};
export const ShiftCountWelsh: Story = { ...ShiftCount, args: { locale: 'cy' } };

/** In a partner's dark brand. */
export const DarkTheme: Story = { decorators: [darkTheme] };
