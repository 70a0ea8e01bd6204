// Badges ("navneskilte"): what one person's badge shows, the sheets it is printed on, and whether a
// printed badge still tells the truth after a re-plan. Pure rules; exports/ draws them.
import type { SeatingPlan } from './seating-plan.ts';

/** Sheets the coordinator can print on: 2×4 badges of 90×55 mm, or four A6 badges, both on A4. */
export const badgeLayouts = ['a4-2x4', 'a6'] as const;
export type BadgeLayout = (typeof badgeLayouts)[number];

/** One person's table in one round, as printed ("Runde 1: Bord 4"). */
export interface PrintedSeat {
  round: number;
  table: string;
}

export interface Badge {
  invitationId: string;
  name: string;
  group: string;
  /** The organisation, else the local area; empty when neither. */
  from: string;
  seats: PrintedSeat[];
  facilitator: boolean;
  /** No consent to photos: the badge carries a discreet mark so photographers leave the person out. */
  noPhoto: boolean;
  /** The check-in code the QR code carries as plain text. */
  code: string;
}

/** The printed texts: badges and table cards are Danish, like the summit they are printed for. */
export const printTexts = {
  round: 'Runde',
  table: 'Bord',
  facilitator: 'Bordfacilitator',
  noPhoto: 'Ingen foto',
  tableCard: 'Bord',
  facilitatorSheet: 'Facilitatorark',
  question: 'Rundens spørgsmål',
  noQuestion: 'Intet spørgsmål er skrevet for runden.',
  seated: 'Ved bordet',
  accessible: 'Tilgængeligt bord',
  accessibilityNeed: 'Tilgængelighed',
  name: 'Navn',
  group: 'Deltagergruppe',
  area: 'Lokalområde',
  people: (n: number) => (n === 1 ? '1 person' : `${n} personer`),
} as const;

/** "Bord 4" for a table named 4; a table its coordinator named "Bord 4" or "Bord A" keeps its name. */
export function tableLabel(name: string): string {
  return /^bord\b/i.test(name.trim()) ? name.trim() : `${printTexts.table} ${name.trim()}`;
}

/** "Runde 1: Bord 4 · Runde 2: Bord 11"; a single round needs no round number. */
export function seatsLine(seats: PrintedSeat[]): string {
  if (seats.length === 1) return tableLabel(seats[0]!.table);
  return seats.map((s) => `${printTexts.round} ${s.round}: ${tableLabel(s.table)}`).join(' · ');
}

/** Each person's table name per round of a plan (rounds where the person has no seat are left out). */
export function seatsByPerson(plan: Pick<SeatingPlan, 'rounds' | 'settings'> | undefined): Map<string, PrintedSeat[]> {
  const seats = new Map<string, PrintedSeat[]>();
  if (!plan) return seats;
  const names = new Map(plan.settings.tables.map((t) => [t.id, t.name]));
  plan.rounds.forEach((round, r) => {
    for (const table of round.tables) {
      for (const person of table.people) {
        const list = seats.get(person) ?? [];
        list.push({ round: r + 1, table: names.get(table.id) ?? table.id });
        seats.set(person, list);
      }
    }
  });
  return seats;
}

/** Whether two printings name the same table in every round. */
export function sameSeats(a: PrintedSeat[], b: PrintedSeat[]): boolean {
  return a.length === b.length && a.every((seat, i) => seat.round === b[i]!.round && seat.table === b[i]!.table);
}

/** A badge on record, printed with these seats. */
export interface BadgePrint {
  invitationId: string;
  seats: PrintedSeat[];
  printedAt: string;
  printedBy: string;
}

/** A printed badge whose tables the current plan has changed. */
export interface OutdatedBadge {
  invitationId: string;
  name: string;
  printed: PrintedSeat[];
  current: PrintedSeat[];
  printedAt: string;
}

/** Only a confirmed participant gets a badge; anyone else is refused with the reason, as at the door. */
export { assertCanCheckIn as assertGetsBadge } from './check-in.ts';
