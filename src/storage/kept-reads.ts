// Reads that every page view makes, kept in memory until the database says that what they read
// changed, so a view needs no statement at all while nothing changed: the version of each
// summit's public page, and what decides each participant page (invitation-store.ts).
// Two things make a kept read go:
// - a change this server did not make: on PostgreSQL the database announces every change that
//   matters on a channel (migrations 2026-12-05-31 and 2026-12-05-32), which one connection of
//   each server listens to, so a change made through any server or program reaches every other
//   within moments of its commit; on SQLite the file's data_version, asked before the first
//   read of each turn of the event loop, moves when any other connection commits, and then
//   everything kept goes;
// - every statement of this server's that may have changed something (a write, a commit) drops
//   all that is kept once it is answered, and a read under way meanwhile is not kept, so a page
//   read after a change made here never shows it late.
// Without a listening connection (not yet connected, lost, reconnecting) nothing is kept on
// PostgreSQL and every view reads. A read is trusted for `maxAgeMs` at most, whatever happens to the
// connection without its noticing.
import type { Pool, PoolClient } from 'pg';

/** The channel a summit's raised version is announced on; the payload is the summit's id. */
export const summitChannel = 'samskab_summit_content';
/** The channel a participant page's change is announced on: `i:<invitation id>` or `a:<summit id> <address>`. */
export const participantChannel = 'samskab_participant_page';

/** What a kept read is dropped by: its summit, its invitation, the address its messages go to. */
export const keptBy = {
  summit: (id: string) => `s:${id}`,
  invitation: (id: string) => `i:${id}`,
  address: (summitId: string, address: string) => `a:${summitId} ${address}`,
};

/**
 * Whether a statement, as answered, may have changed what is kept: anything but a plain read (a
 * write, a commit, several statements at once), unless it is a write that changed no row, like
 * the outbox's poll for due mail. What is kept is dropped once such a statement is answered; a
 * read that was under way meanwhile is not kept (see `generation`).
 */
export function mayHaveChanged(text: string, result: { command?: string; rowCount?: number | null } | readonly unknown[]): boolean {
  if (/^\s*select\b/i.test(text)) return false;
  if (Array.isArray(result)) return true;
  const { command, rowCount } = result as { command?: string; rowCount?: number | null };
  return !((command === 'UPDATE' || command === 'DELETE' || command === 'INSERT') && rowCount === 0);
}

export interface KeptReads {
  /**
   * What `load` reads under `key`: kept, or read (and kept, dropped by `tags`, when nothing
   * changed meanwhile). `space` keeps different reads apart.
   */
  read<V>(space: string, key: string, tags: (value: V) => string[], load: () => Promise<V | undefined>): Promise<V | undefined>;
  /** Drops what is kept under `tag` (see keptBy), or everything. */
  changed(tag?: string): void;
  /** Ends the listening connection. */
  close(): Promise<void>;
}

interface Kept { value: unknown; tags: string[]; at: number }

/**
 * Where a server learns of changes it did not make: on PostgreSQL the notifications, through a
 * connection of `pool`; on SQLite the file's `data_version`, which moves whenever another
 * connection (another program, a worker thread) commits.
 */
export type ChangeSource = { pool: () => Promise<Pool> } | { dataVersion: () => number };

export function keptReads(source: ChangeSource, options: { maxAgeMs?: number; retryMs?: number; capacity?: number } = {}): KeptReads {
  const pool = 'pool' in source ? source.pool : undefined;
  const dataVersion = 'dataVersion' in source ? source.dataVersion : undefined;
  let seenVersion = dataVersion?.();
  let versionAsked = false;
  const maxAgeMs = options.maxAgeMs ?? 30_000, retryMs = options.retryMs ?? 1_000, capacity = options.capacity ?? 5_000;
  const kept = new Map<string, Kept>();
  const reading = new Map<string, { generation: number; value: Promise<unknown> }>();
  const byTag = new Map<string, Set<string>>();
  // Raised by every change: a read made while it moved is not kept.
  let generation = 0;
  // SQLite needs no listening: its data_version is asked on every read.
  let live = pool === undefined;
  let closed = false;
  let listening: Promise<void> | undefined;
  let client: PoolClient | undefined;
  let retry: NodeJS.Timeout | undefined;

  const drop = (key: string) => {
    const entry = kept.get(key);
    if (!entry) return;
    kept.delete(key);
    for (const tag of entry.tags) {
      const keys = byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) byTag.delete(tag);
    }
  };
  const changed = (tag?: string) => {
    generation++;
    if (tag === undefined) { kept.clear(); byTag.clear(); return; }
    for (const key of byTag.get(tag) ?? []) drop(key);
  };

  const later = () => {
    if (!closed && !retry) retry = setTimeout(() => { retry = undefined; void listen(); }, retryMs).unref();
  };
  const lost = (error?: Error) => {
    live = false;
    changed();
    const gone = client;
    client = undefined;
    listening = undefined;
    gone?.removeAllListeners('notification');
    gone?.release(error ?? true);
    later();
  };
  const listen = () => listening ??= (async () => {
    if (!pool) return;
    try {
      const connected = await (await pool()).connect();
      if (closed) { connected.release(); return; }
      client = connected;
      connected.on('notification', ({ channel, payload }) => {
        if (channel === summitChannel) changed(payload ? keptBy.summit(payload) : undefined);
        else if (channel === participantChannel) changed(payload || undefined);
      });
      connected.on('error', (error) => { if (client === connected) lost(error); });
      await connected.query(`listen ${summitChannel}; listen ${participantChannel}`);
      // Whatever changed before the listening began is read afresh.
      changed();
      live = true;
    } catch (error) {
      if (client) lost(error as Error);
      else { listening = undefined; later(); }
    }
  })();

  return {
    async read<V>(space: string, key: string, tags: (value: V) => string[], load: () => Promise<V | undefined>) {
      if (!live) {
        void listen();
        return load();
      }
      if (dataVersion && !versionAsked) {
        // Asked once per turn of the event loop (5-6 µs a time, as much as the rest of a kept
        // view): the requests that one turn handles arrived together, so a commit another program
        // made meanwhile is seen by the next turn's, as if it had come a moment later.
        versionAsked = true;
        setImmediate(() => { versionAsked = false; });
        const version = dataVersion();
        if (version !== seenVersion) { seenVersion = version; changed(); }
      }
      const at = `${space}\n${key}`;
      // Elapsed time on a monotonic clock, not the time of day: only the age of what is kept matters.
      const now = performance.now();
      const entry = kept.get(at);
      if (entry && now - entry.at < maxAgeMs) return entry.value as V;
      // Requests that arrive together share one read, begun since the last change.
      const before = generation;
      const pending = reading.get(at);
      if (pending && pending.generation === before) return pending.value as Promise<V | undefined>;
      const loading = load();
      reading.set(at, { generation: before, value: loading });
      let value: V | undefined;
      try {
        value = await loading;
      } finally {
        if (reading.get(at)?.value === loading) reading.delete(at);
      }
      if (value !== undefined && live && generation === before) {
        drop(at);
        if (kept.size >= capacity) drop(kept.keys().next().value!);
        const entryTags = tags(value);
        kept.set(at, { value, tags: entryTags, at: now });
        for (const tag of entryTags) {
          let keys = byTag.get(tag);
          if (!keys) byTag.set(tag, keys = new Set());
          keys.add(at);
        }
      }
      return value;
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
        await gone.query('unlisten *').catch(() => undefined);
        gone.release();
      }
    },
  };
}
