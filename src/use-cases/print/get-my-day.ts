// "Min dag" behind the participant's personal link: the summit's programme and venue, their table
// in each round of the published plan and the QR code of their check-in code for the door. Only a
// confirmed participant gets tables, a code and the contact list; everyone else sees the programme.
import { seatsByPerson, type PrintedSeat } from '../../domain/badge.ts';
import type { Invitation, InvitationId } from '../../domain/invitation.ts';
import type { ProgrammeItem } from '../../domain/programme.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { loadConsentsInForce } from '../consent-register.ts';
import { participantAccess } from '../registration/accept-invitation.ts';

export interface MyDay {
  summit: Summit;
  name: string;
  confirmed: boolean;
  facilitator: boolean;
  programme: ProgrammeItem[];
  /** Empty before a plan is published. */
  seats: PrintedSeat[];
  code: string | undefined;
  /** The QR code of the check-in code as an SVG element, for the page to inline. */
  qrSvg: string | undefined;
  /**
   * The contact list, for a confirmed participant only: whether their own consent to share contact
   * details is in force, and then the other confirmed participants whose consent is too (else none).
   */
  contacts: { shares: boolean; people: SharedContact[] } | undefined;
}

export interface SharedContact { name: string; organisation: string; email: string; phone: string }

/** The contact list is mutual: only someone who shares their own details sees the others who share theirs. */
async function contactList(deps: Deps, invitation: Invitation): Promise<MyDay['contacts']> {
  const stores = deps.db.stores;
  const people = (await stores.invitations.listBySummit(invitation.summitId)).filter((i) => i.status === 'confirmed');
  const inForce = await loadConsentsInForce(stores, invitation.summitId, people);
  if (!inForce.get(invitation.id)?.has('contacts')) return { shares: false, people: [] };
  const organisations = new Map((await stores.organisations.list(invitation.summitId)).map((o) => [o.id as string, o.name]));
  const shared = people.filter((p) => p.id !== invitation.id && inForce.get(p.id)?.has('contacts'))
    .map((p): SharedContact => ({ name: p.name, organisation: p.organisationId ? organisations.get(p.organisationId) ?? '' : '', email: p.email, phone: p.phone }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return { shares: true, people: shared };
}

export async function getMyDay(deps: Deps, token: string, qrLabel: (code: string) => string): Promise<MyDay> {
  const { invitation, summit } = await participantAccess(deps, token);
  const stores = deps.db.stores;
  const confirmed = invitation.status === 'confirmed';
  const [programme, plan, roster, code, contacts] = await Promise.all([
    stores.programme.list(summit.id), confirmed ? stores.seatingPlans.findPublished(summit.id) : undefined,
    stores.seatingRoster.listAll(summit.id), confirmed ? stores.invitations.findCheckInCode(invitation.id as InvitationId) : undefined,
    confirmed ? contactList(deps, invitation) : undefined,
  ]);
  return {
    summit, name: invitation.name, confirmed,
    facilitator: roster.find((p) => p.id === invitation.id)?.facilitator ?? false,
    programme: [...programme].sort((a, b) => a.position - b.position || a.startsAt.localeCompare(b.startsAt)),
    seats: seatsByPerson(plan).get(invitation.id) ?? [],
    code, qrSvg: code ? await deps.print.qrSvg(code, qrLabel(code)) : undefined, contacts,
  };
}
