import { setViewport } from '@web/test-runner-commands';
import { axeViolations } from './a11y.js';

/**
 * The sizes every new screen is checked at: a desktop (1280 px), a small phone (320 px),
 * and 400% zoom of a 1280 × 800 screen (320 × 200 CSS px, WCAG 1.4.10 reflow).
 */
export const SCREEN_SIZES = [
  { name: '1280 px', width: 1280, height: 800 },
  { name: '320 px', width: 320, height: 640 },
  { name: '400% zoom', width: 320, height: 200 },
] as const;

/**
 * The axe violations (`id: targets`) of `element` at each of {@link SCREEN_SIZES}, and any
 * size at which it scrolls sideways; empty when it passes everywhere. Leaves the viewport
 * at 800 × 600, the test runner's default.
 */
export async function problemsAtEverySize(element: Element): Promise<string[]> {
  const problems: string[] = [];
  try {
    for (const size of SCREEN_SIZES) {
      await setViewport({ width: size.width, height: size.height });
      for (const v of await axeViolations(element)) problems.push(`${size.name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      if (element.scrollWidth > size.width) problems.push(`${size.name}: scrolls sideways (${element.scrollWidth} px wide)`);
    }
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
  return problems;
}
