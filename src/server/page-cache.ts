// Rendered pages kept in memory. A page is rendered once per key (the caller puts the version of
// what it shows into the key, so a change anywhere makes a new key and the old entry simply ages
// out) with a placeholder where the visitor's CSRF token goes; each request gets the page with its
// own token filled in, so nothing per visitor is ever shared.
export interface PageCache {
  /** The placeholder to render in place of the CSRF token. */
  readonly csrfPlaceholder: string;
  /** The page under `key`, rendering it when it is not kept; `hit` says which. */
  get(key: string, render: () => Promise<string>, csrfToken: () => string): Promise<{ html: string; hit: boolean }>;
}

/** `csrfPlaceholder` must be a random text that no page can contain otherwise. */
export function createPageCache(csrfPlaceholder: string, capacity = 200): PageCache {
  // The page split at the placeholder; a Map's order is the order of last use.
  const pages = new Map<string, string[]>();
  return {
    csrfPlaceholder,
    async get(key, render, csrfToken) {
      let parts = pages.get(key);
      const hit = parts !== undefined;
      if (parts) {
        pages.delete(key);
      } else {
        parts = (await render()).split(csrfPlaceholder);
        if (pages.size >= capacity) pages.delete(pages.keys().next().value!);
      }
      pages.set(key, parts);
      return { html: parts.length > 1 ? parts.join(csrfToken()) : parts[0]!, hit };
    },
  };
}
