// Whether a mouse button, finger or pen is pressed in a document, tracked once per document.
// A field that shows or clears its error when it loses focus would otherwise move the page
// between the press and the release on a button below it (Continue): the release lands
// beside the button, no click happens, and the person has to press again.

const pressed = new WeakMap<Document, { down: boolean }>();

function trackerFor(doc: Document): { down: boolean } {
  let tracker = pressed.get(doc);
  if (!tracker) {
    const state = { down: false };
    tracker = state;
    pressed.set(doc, state);
    const release = () => {
      state.down = false;
    };
    doc.addEventListener('pointerdown', () => (state.down = true), { capture: true, passive: true });
    doc.addEventListener('pointerup', release, { capture: true, passive: true });
    doc.addEventListener('pointercancel', release, { capture: true, passive: true });
  }
  return tracker;
}

/** Starts tracking presses in `doc` (call when a field connects, before any press). */
export function watchPointerPresses(doc: Document): void {
  trackerFor(doc);
}

/**
 * Runs `action` now, or — when a press is under way — just after it is released and the
 * click it makes has been handled, so that what the press was aimed at has not moved.
 */
export function afterPointerRelease(doc: Document, action: () => void): void {
  if (!trackerFor(doc).down) {
    action();
    return;
  }
  const view = doc.defaultView;
  const done = () => {
    doc.removeEventListener('pointerup', done, true);
    doc.removeEventListener('pointercancel', done, true);
    // The click follows the release in the same task: let it be handled first.
    (view ?? globalThis).setTimeout(action, 0);
  };
  doc.addEventListener('pointerup', done, true);
  doc.addEventListener('pointercancel', done, true);
}
