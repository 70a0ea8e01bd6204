import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../domain/errors.ts';
import type { AreaId, Brand, GroupId, OrganisationId, ProgrammeItemId, SummitId } from '../domain/ids.ts';
import type { InvitationId } from '../domain/invitation.ts';
import type { SeatingPlanId } from '../domain/seating-plan.ts';

/**
 * Text from a request (a path parameter, a query or a form field) that names an `I`: checked as
 * text and typed as the branded id. This is the one place in server/ where text becomes an id;
 * eslint refuses an `as SummitId`-style cast anywhere else here. Whether the id names anything is
 * the use case's question (it answers not_found).
 */
const idText = <I extends Brand<string, string>>() => z.string().min(1).max(100).transform((text) => text as I);

/** A field holding an id, for the schemas of path parameters, queries, forms and JSON bodies. */
export const idField = {
  summit: idText<SummitId>(),
  group: idText<GroupId>(),
  area: idText<AreaId>(),
  organisation: idText<OrganisationId>(),
  programmeItem: idText<ProgrammeItemId>(),
  seatingPlan: idText<SeatingPlanId>(),
  invitation: idText<InvitationId>(),
};

/**
 * A page route's path parameters, checked by `schema`. A token or id that does not match names
 * nothing that exists, so it is `not_found` (the usual 404 page), never a thrown ZodError (a 500
 * with a stack trace in the log, for anyone who shortens a link).
 */
export function readParams<S extends z.ZodType>(schema: S, request: FastifyRequest): z.output<S> {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw new DomainError('not_found');
  return parsed.data;
}

const summitParams = z.object({ summitId: idField.summit });

/** The :summitId of a summit's page, or not_found. */
export const summitIdOf = (request: FastifyRequest): SummitId => readParams(summitParams, request).summitId;

/** A form's optional choice of an id (a select with an empty option): no choice is null. */
export const optionalIdField = <I extends Brand<string, string>>(field: z.ZodType<I, string>) =>
  z.string().max(100).optional().transform((value) => value || null).pipe(field.nullable());
