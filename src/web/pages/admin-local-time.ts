// The coordinator's date fields (<input type="datetime-local">) hold Danish local time; the summit
// stores ISO 8601 UTC. These two functions convert between them through Europe/Copenhagen, so
// summer and winter time are right whatever the server's own time zone is.
const zone = 'Europe/Copenhagen';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

function wallClock(utcMs: number): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const p = Object.fromEntries(parts.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  return { y: +p.year, mo: +p.month, d: +p.day, h: +p.hour, mi: +p.minute, s: +p.second };
}

/** Minutes Copenhagen is ahead of UTC at the given instant. */
function offsetMinutes(utcMs: number): number {
  const w = wallClock(utcMs);
  return Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - utcMs) / 60_000);
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2027-03-05T14:30" (Copenhagen) → "2027-03-05T13:30:00.000Z"; undefined if it is no real time. */
export function copenhagenLocalToIso(local: string): string | undefined {
  const m = localPattern.exec(local.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return undefined;
  // Two rounds settle the offset also next to a daylight-saving change.
  let guess = asUtc - offsetMinutes(asUtc) * 60_000;
  guess = asUtc - offsetMinutes(guess) * 60_000;
  return new Date(guess).toISOString();
}

/** "2027-03-05T13:30:00.000Z" → "2027-03-05T14:30", the value of a datetime-local input. */
export function isoToCopenhagenLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  const w = wallClock(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.y}-${two(w.mo)}-${two(w.d)}T${two(w.h)}:${two(w.mi)}`;
}
