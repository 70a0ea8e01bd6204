// Rendered pages kept in memory. A page is rendered once per key (the caller puts the version of
// what it shows into the key, so a change anywhere makes a new key and the old entry simply ages
// out) with placeholders where what differs per visitor goes (their CSRF token, and on a personal
// page their name and answers); each request gets the page with its own values filled in, so
// nothing per visitor is ever shared. The parts are kept as UTF-8 bytes: a page is sent as bytes
// anyway, and encoding its ~13 KB (with æ, ø, å) anew for every visitor cost more than the rest
// of serving it.

/** A rendered page under a key, with named slots filled per request. */
export interface TemplateCache<S extends string> {
  /** The placeholder to render in place of each slot's value. */
  readonly placeholders: Readonly<Record<S, string>>;
  /**
   * The page under `key` as UTF-8, rendering it when it is not kept; `hit` says which. `fill`
   * gives each slot's value as HTML (escaped by the caller), asked only for slots the page contains.
   * A page kept under `key` for another `version` is rendered anew in its place.
   */
  get(key: string, render: () => Promise<string> | string, fill: (slot: S) => string, version?: string): Promise<{ html: Buffer; hit: boolean }>;
}

interface Template<S> { parts: Buffer[]; slots: S[]; version: string }

/** `secret` must be a random text that no page can contain otherwise, made of [A-Za-z0-9_-]. */
export function createTemplateCache<S extends string>(slots: readonly S[], secret: string, capacity = 200): TemplateCache<S> {
  if (!/^[\w-]+$/.test(secret)) throw new Error('A placeholder secret is made of [A-Za-z0-9_-]');
  const placeholders = Object.fromEntries(slots.map((slot) => [slot, `${secret}-${slot}`])) as Record<S, string>;
  const bySlot = new Map<string, S>(slots.map((slot) => [placeholders[slot], slot]));
  // Longest first, so no placeholder is cut short by another that begins the same way.
  const pattern = new RegExp(`(${[...bySlot.keys()].sort((a, b) => b.length - a.length).join('|')})`);
  // A Map's order is the order of last use.
  const pages = new Map<string, Template<S>>();
  const split = (html: string, version: string): Template<S> => {
    const pieces = html.split(pattern);
    const parts: Buffer[] = [];
    const found: S[] = [];
    pieces.forEach((piece, i) => (i % 2 === 0 ? parts.push(Buffer.from(piece, 'utf8')) : found.push(bySlot.get(piece)!)));
    return { parts, slots: found, version };
  };
  return {
    placeholders,
    async get(key, render, fill, version = '') {
      const kept = pages.get(key);
      const hit = kept !== undefined && kept.version === version;
      if (kept) pages.delete(key);
      const template = hit ? kept : split(await render(), version);
      if (!kept && pages.size >= capacity) pages.delete(pages.keys().next().value!);
      pages.set(key, template);
      const { parts, slots: found } = template;
      if (found.length === 0) return { html: parts[0]!, hit };
      const values = new Map<S, Buffer>();
      const pieces: Buffer[] = [parts[0]!];
      for (let i = 0; i < found.length; i++) {
        const slot = found[i]!;
        let value = values.get(slot);
        if (value === undefined) { value = Buffer.from(fill(slot), 'utf8'); values.set(slot, value); }
        pieces.push(value, parts[i + 1]!);
      }
      return { html: Buffer.concat(pieces), hit };
    },
  };
}

export interface PageCache {
  /** The placeholder to render in place of the CSRF token. */
  readonly csrfPlaceholder: string;
  /** The page under `key`, rendering it when it is not kept (or kept for another `version`); `hit` says which. */
  get(key: string, render: () => Promise<string>, csrfToken: () => string, version?: string): Promise<{ html: Buffer; hit: boolean }>;
}

/** A cache of pages whose only per-visitor part is the CSRF token. */
export function createPageCache(secret: string, capacity = 200): PageCache {
  const cache = createTemplateCache(['csrf'], secret, capacity);
  return {
    csrfPlaceholder: cache.placeholders.csrf,
    get: (key, render, csrfToken, version) => cache.get(key, render, csrfToken, version),
  };
}
