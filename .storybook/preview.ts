import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Every element registered, as a partner does with npm (main.ts points it at the sources).
import '@onestory/components/define';
import './story-frames.css';
import { SHIPPED_LOCALES, translate } from '@onestory/core';

// Autodocs read the components' JSDoc through the custom-elements manifest, which main.ts
// (re)generates before Storybook starts. A glob, not an import, so that type-checking does
// not need a generated file.
const manifests = import.meta.glob<Record<string, unknown>>('../packages/components/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // The toolbar's language menu shows any story in every shipped language (each named in
  // its own), overriding the story's own `locale` arg; "As written" keeps the story's.
  globalTypes: {
    locale: {
      description: 'Language of the OneStory interface',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [{ value: '', title: 'As written' }, ...SHIPPED_LOCALES.map((tag) => ({ value: tag, title: translate(tag, 'ui.language.name') }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: '' },
  decorators: [
    (story, context) => {
      const locale = context.globals['locale'] as string | undefined;
      return locale && 'locale' in context.args ? story({ args: { ...context.args, locale } }) : story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    // The a11y panel checks what scripts/check-stories.mjs enforces (WCAG 2.2 A/AA and
    // target-size, see test/browser/helpers/a11y.ts); keep the three in step.
    a11y: {
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        rules: { 'target-size': { enabled: true } },
      },
      test: 'error',
    },
    viewport: {
      options: {
        onestory320: { name: 'Small phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
      },
    },
  },
};
export default preview;
