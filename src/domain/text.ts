// Text that no database here can keep as typed: a NUL byte (PostgreSQL refuses it outright, SQLite
// stores it and cuts the text short in many readers) and a lone UTF-16 surrogate (half of a
// character, which turns into garbage or an error when written as UTF-8). Refused at the edge,
// with `invalid_characters`, before anything is stored.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (text: string): boolean => !unstorable.test(text);

/** The path (`needs.diet`, `rows.3`) of the first text in `value` that cannot be stored, or undefined. */
export function findUnstorableText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key)) return path ? `${path}.${key}` : key;
    const found = findUnstorableText(item, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}
