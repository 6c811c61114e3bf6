// axe-core has no ESM export: this import only registers `window.axe`.
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

/**
 * The accessibility standard every example is held to: WCAG 2.2 A and AA, with
 * `target-size` (off by default in axe) turned on. scripts/check-stories.mjs applies the
 * same options to every story; keep the two in step.
 */
export const AXE_OPTIONS: Axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'target-size': { enabled: true } },
};

/** Runs axe on `element` with {@link AXE_OPTIONS} and returns the violations. */
export async function axeViolations(element: Element): Promise<Axe.Result[]> {
  return (await window.axe.run(element, AXE_OPTIONS)).violations;
}
