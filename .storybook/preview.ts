import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // The a11y panel checks what scripts/check-stories.mjs enforces (WCAG 2.2 A/AA and
    // target-size, see test/browser/helpers/a11y.ts); keep the three in step.
    a11y: {
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'target-size': { enabled: true } },
      },
    },
  },
};
export default preview;
