/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, arrays kept in
 * order (the ordering rule of RFC 8785 JCS). Two parties that hold the same data produce
 * the same text, so its hash identifies the content whatever order the keys were written in.
 * Only plain JSON data is expected: `undefined` members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  // Built by concatenation, not map/filter/join: a receiver hashes every submission with it.
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (value[i] === undefined ? 'null' : canonicalJson(value[i]));
    return out + ']';
  }
  let out = '{';
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonicalJson(item);
  }
  return out + '}';
}
