// Decorators that put a story in a frame: a 320 px phone, or a partner's dark brand. The
// frames are CSS classes (.storybook/story-frames.css), never inline styles.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Renders the story 320 CSS pixels wide (the narrowest screen OneStory supports). */
export const narrow: Decorator = (story) => html`<div class="onestory-frame-narrow">${story()}</div>`;

/** Renders the story in a dark brand theme set through the `--onestory-*` tokens. */
export const darkTheme: Decorator = (story) => html`<div class="onestory-theme-dark">${story()}</div>`;

/** Storybook viewport settings for a 320 px phone, so the canvas matches the frame. */
export const NARROW_VIEWPORT = { viewport: { value: 'onestory320', isRotated: false } } as const;
