/**
 * Re-dispatches a native event (`input`, `change`) from the host element, so listeners
 * outside see one event from the field itself, after its `value` is up to date. The
 * original is stopped: `input` is composed and would otherwise arrive twice, and `change`
 * is not composed and would otherwise never leave the shadow root.
 */
export function redispatchFromHost(host: HTMLElement, event: Event): boolean {
  event.stopPropagation();
  return host.dispatchEvent(new Event(event.type, { bubbles: true, composed: true }));
}
