/** Where each developer warning is explained: one entry per code, anchored by the code. */
export const WARNINGS_DOC = 'docs/warnings.md';

/** Every developer warning the elements give, by its stable code (see {@link WARNINGS_DOC}). */
export const WARNING_CODES = [
  'value-invalid',
  'options-invalid',
  'label-missing',
  'locale-unknown',
  'locale-unavailable',
  'catalogue-incomplete',
  'exit-url-refused',
  'intake-config',
] as const;

/** A developer warning's code. */
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * `message` ending with its code and the docs anchor that explains it, like Lit's dev-mode
 * warnings: `… [onestory:locale-unknown] See docs/warnings.md#locale-unknown`.
 */
export function warningText(code: WarningCode, message: string): string {
  return `${message} [onestory:${code}] See ${WARNINGS_DOC}#${code}`;
}

/** Warns the developer embedding OneStory, with the warning's code and docs anchor. */
export function issueWarning(code: WarningCode, message: string): void {
  console.warn(warningText(code, message));
}

const warned = new WeakMap<Element, Set<string>>();

/**
 * Tells the developer embedding a field that an attribute or property is wrong, naming it
 * and the fix, once per element and attribute. The message never includes the value the
 * person typed or the host set: it may be personal data, and consoles are often collected.
 */
export function reportMisconfiguration(element: Element, attribute: string, code: WarningCode, fix: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(attribute)) return;
  seen.add(attribute);
  warned.set(element, seen);
  console.error(warningText(code, `<${element.localName}>: the "${attribute}" attribute or property is not right. ${fix}`));
}
