// Geometry a person relies on at 320 px and 400% zoom (WCAG 1.4.10 reflow, 2.4.11 focus
// not obscured): nothing scrolls sideways, the sticky "Exit this page" button never covers
// what has focus, and no word is cut in two at the end of a line.

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]';

/** Every element in `root` and the shadow roots below it that matches `selector`, in document order. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  }
  return found;
}

const area = (r: DOMRect) => r.width * r.height;
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The name of an element in a problem report. */
function describe(element: Element): string {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}${element.id ? `#${element.id}` : ''}> "${text}"`;
}

/**
 * Focuses, from the bottom of the page (so that each is scrolled up into view, as when
 * tabbing backwards), every focusable element, the step heading and the error summary of
 * `intake`, and reports each that the quick exit button then covers.
 */
export async function coveredByQuickExit(intake: Element): Promise<string[]> {
  const root = intake.shadowRoot!;
  const exit = root.querySelector('onestory-quick-exit');
  const bar = exit?.shadowRoot?.querySelector('.button');
  if (!exit || !bar) return [];
  const problems: string[] = [];
  const targets = deepQueryAll(root, `${FOCUSABLE}, #heading, .error-summary`).filter(
    (element) => !exit.contains(element) && !exit.shadowRoot!.contains(element) && area(element.getBoundingClientRect()) > 4,
  );
  for (const target of targets) {
    // Focus arrives afresh, as when tabbing (an element that already has focus would not move).
    deepActive()?.blur();
    window.scrollTo(0, document.documentElement.scrollHeight);
    (target as HTMLElement).focus();
    await nextFrame();
    const covered = overlap(target.getBoundingClientRect(), bar.getBoundingClientRect());
    if (covered > 0) problems.push(`${describe(target)} is under "Exit this page" (${Math.round(covered)} px²)`);
  }
  window.scrollTo(0, 0);
  return problems;
}

/** True when the page, or the intake, scrolls sideways. */
export function scrollsSideways(intake: Element): string[] {
  const page = document.documentElement;
  const problems: string[] = [];
  if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth} px)`);
  for (const element of deepQueryAll(intake.shadowRoot!, '*')) {
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible' && element.clientWidth > 1) {
      problems.push(`${describe(element)} scrolls sideways (${element.scrollWidth} > ${element.clientWidth} px)`);
    }
  }
  return problems;
}

/** Words of `container`'s text that are split across two lines although they would fit on one. */
export function brokenWords(container: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden')) continue;
    for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      // Cut in two though it would fit on a line of its own (a long address may wrap).
      if (new Set(rects.map((r) => Math.round(r.top))).size > 1 && width <= (parent.closest('dt, dd, p, li, h1, h2, h3, div') ?? parent).getBoundingClientRect().width) broken.push(match[0]);
    }
  }
  return broken;
}
