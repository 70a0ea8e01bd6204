// "Min dag" behind the participant's personal link: the summit's programme and venue, their table
// in each round of the published plan and the QR code of their check-in code for the door. Only a
// confirmed participant gets tables and a code; everyone else sees the programme.
import { seatsByPerson, type PrintedSeat } from '../../domain/badge.ts';
import type { InvitationId } from '../../domain/invitation.ts';
import type { ProgrammeItem } from '../../domain/programme.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
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
}

export async function getMyDay(deps: Deps, token: string, qrLabel: (code: string) => string): Promise<MyDay> {
  const { invitation, summit } = await participantAccess(deps, token);
  const stores = deps.db.stores;
  const confirmed = invitation.status === 'confirmed';
  const [programme, plan, roster, code] = await Promise.all([
    stores.programme.list(summit.id), confirmed ? stores.seatingPlans.findPublished(summit.id) : undefined,
    stores.seatingRoster.listAll(summit.id), confirmed ? stores.invitations.findCheckInCode(invitation.id as InvitationId) : undefined,
  ]);
  return {
    summit, name: invitation.name, confirmed,
    facilitator: roster.find((p) => p.id === invitation.id)?.facilitator ?? false,
    programme: [...programme].sort((a, b) => a.position - b.position || a.startsAt.localeCompare(b.startsAt)),
    seats: seatsByPerson(plan).get(invitation.id) ?? [],
    code, qrSvg: code ? await deps.print.qrSvg(code, qrLabel(code)) : undefined,
  };
}
