/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, arrays kept in
 * order (the ordering rule of RFC 8785 JCS). Two parties that hold the same data produce
 * the same text, so its hash identifies the content whatever order the keys were written in.
 * Only plain JSON data is expected: `undefined` members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
