const warned = new WeakMap<Element, Set<string>>();

/**
 * Tells the developer embedding a field that an attribute or property is wrong, naming it
 * and the fix, once per element and attribute. The message never includes the value the
 * person typed or the host set: it may be personal data, and consoles are often collected.
 */
export function reportMisconfiguration(element: Element, attribute: string, fix: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(attribute)) return;
  seen.add(attribute);
  warned.set(element, seen);
  console.error(`<${element.localName}>: the "${attribute}" attribute or property is not right. ${fix}`);
}
