// PostgreSQL only: the version of each summit's public page (summits.content_version, raised by the
// database on every change to the summit and its parts) kept in memory, so a page view needs no
// statement at all while nothing changed. Two things make a kept version go:
// - the database announces every raised version on a channel (migration 2026-12-05-31), which one
//   connection of each server listens to, so a change made through any server reaches every other
//   within moments of its commit;
// - every statement of this server's that is not a plain read (a write, a commit) drops what is
//   kept before it is sent and again once it is answered, so a page read after a change made here
//   never shows it late.
// Without a listening connection (not yet connected, lost, reconnecting) nothing is kept and every
// view reads the version, as on SQLite. A version is trusted for `maxAgeMs` at most, whatever
// happens to the connection without its noticing.
import type { Pool, PoolClient } from 'pg';

/** The channel the database announces raised versions on, with the summit's id as payload. */
export const summitVersionChannel = 'samskab_summit_content';

/**
 * Whether a statement only reads. Any other (a write, a commit, several statements at once) may
 * raise a version: what is kept is dropped before it is sent and again once it is answered.
 */
export const onlyReads = (text: string): boolean => /^\s*select\b/i.test(text);

export interface PageVersion { summitId: string; version: number }

export interface KeptSummitVersions {
  /** The version under `slug`: kept, or read by `read` (and kept when nothing changed meanwhile). */
  pageVersion(slug: string, read: () => Promise<PageVersion | undefined>): Promise<PageVersion | undefined>;
  /** Drops what is kept of `summitId`, or of every summit: call it before and after sending a write. */
  changed(summitId?: string): void;
  /** Ends the listening connection. */
  close(): Promise<void>;
}

interface Kept extends PageVersion { at: number }

export function keptSummitVersions(pool: () => Promise<Pool>, options: { maxAgeMs?: number; retryMs?: number } = {}): KeptSummitVersions {
  const maxAgeMs = options.maxAgeMs ?? 30_000, retryMs = options.retryMs ?? 1_000;
  const bySlug = new Map<string, Kept>();
  // Raised by every change: a version read while it moved is not kept.
  let generation = 0;
  let live = false;
  let closed = false;
  let listening: Promise<void> | undefined;
  let client: PoolClient | undefined;
  let retry: NodeJS.Timeout | undefined;

  const changed = (summitId?: string) => {
    generation++;
    if (summitId === undefined) bySlug.clear();
    else for (const [slug, kept] of bySlug) if (kept.summitId === summitId) bySlug.delete(slug);
  };

  const lost = (release?: Error) => {
    live = false;
    changed();
    const gone = client;
    client = undefined;
    listening = undefined;
    gone?.removeAllListeners('notification');
    gone?.release(release ?? true);
    if (!closed && !retry) retry = setTimeout(() => { retry = undefined; void listen(); }, retryMs).unref();
  };

  const listen = () => listening ??= (async () => {
    try {
      const connected = await (await pool()).connect();
      if (closed) { connected.release(); return; }
      client = connected;
      connected.on('notification', (message) => { if (message.channel === summitVersionChannel) changed(message.payload || undefined); });
      connected.on('error', (error) => { if (client === connected) lost(error); });
      await connected.query(`listen ${summitVersionChannel}`);
      // Whatever changed before the listening began is read afresh.
      changed();
      live = true;
    } catch (error) {
      if (client) lost(error as Error);
      else { listening = undefined; if (!closed && !retry) retry = setTimeout(() => { retry = undefined; void listen(); }, retryMs).unref(); }
    }
  })();

  return {
    async pageVersion(slug, read) {
      if (!live) {
        void listen();
        return read();
      }
      const kept = bySlug.get(slug);
      // Elapsed time on a monotonic clock, not the time of day: only the age of what is kept matters.
      const now = performance.now();
      if (kept && now - kept.at < maxAgeMs) return kept;
      const before = generation;
      const version = await read();
      if (version && live && generation === before) bySlug.set(slug, { ...version, at: now });
      return version;
    },
    changed,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await listening;
      if (client) {
        const gone = client;
        client = undefined;
        live = false;
        await gone.query(`unlisten ${summitVersionChannel}`).catch(() => undefined);
        gone.release();
      }
    },
  };
}

