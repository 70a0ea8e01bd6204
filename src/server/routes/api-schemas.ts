// Request bodies of the JSON API, shared by the API routes and the coordinator's forms.
import { z } from 'zod';
import { apportionmentMethods } from '../../domain/apportion.ts';
import { organisationKinds, summitStatuses } from '../../domain/summit.ts';
import { idField } from '../route-params.ts';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDateTime = z.string().datetime({ offset: true });
const count = (max: number) => z.number().int().min(0).max(max);
/**
 * A PATCH body: any of the fields, at least one of them. `{}`, or a body of only unknown (say
 * misspelt) fields, changes nothing and is almost always a client's mistake, so it is refused with
 * validation_failed rather than answered as if something was saved.
 */
const changesOf = <S extends z.ZodRawShape>(body: z.ZodObject<S>) =>
  body.partial().refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    message: `Name at least one field to change: ${Object.keys(body.shape).join(', ')}.`,
  });

export const summitCreateBody = z.object({
  title: required(200),
  capacity: z.number().int().min(1).max(100_000),
  purpose: text(2000).optional(),
  description: text(20_000).optional(),
  venue: text(500).optional(),
  startsAt: isoDateTime.nullable().optional(),
  endsAt: isoDateTime.nullable().optional(),
  responsibleEditor: text(200).optional(),
  organiser: text(200).optional(),
  answerDays: z.number().int().min(1).max(365).optional(),
  retentionDays: z.number().int().min(1).max(3650).optional(),
});
export const summitUpdateBody = changesOf(summitCreateBody);

export const statusBody = z.object({ status: z.enum(summitStatuses), reason: text(2000).optional() });

export const groupBody = z.object({
  name: required(200),
  quota: count(100_000),
  description: text(1000).optional(),
  facilitators: z.boolean().optional(),
  followsTables: z.boolean().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
export const groupUpdateBody = changesOf(groupBody);

export const areaBody = z.object({
  name: required(200),
  population: count(100_000_000),
  mainTown: text(200).optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
export const areaUpdateBody = changesOf(areaBody);

export const organisationBody = z.object({
  name: required(200),
  kind: z.enum(organisationKinds),
  groupId: idField.group,
  areaId: idField.area.nullable().optional(),
  quota: count(100_000),
  contactEmail: z.string().trim().email().max(320).or(z.literal('')).optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
export const organisationUpdateBody = changesOf(organisationBody);

export const apportionmentQuery = z.object({
  method: z.enum(apportionmentMethods).default('hare'),
  minimum: z.coerce.number().int().min(0).max(1000).default(0),
});
export const apportionmentBody = z.object({
  method: z.enum(apportionmentMethods).default('hare'),
  minimum: z.number().int().min(0).max(1000).default(0),
  overrides: z.record(z.string(), count(100_000)).optional(),
});

export const programmeBody = z.object({
  title: required(300),
  startsAt: z.string().regex(/^([01]\d|2[0-3])[:.][0-5]\d$/).or(z.literal('')).optional(),
  endsAt: z.string().regex(/^([01]\d|2[0-3])[:.][0-5]\d$/).or(z.literal('')).optional(),
  description: text(5000).optional(),
  speakerName: text(200).optional(),
  speakerTitle: text(300).optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
export const programmeUpdateBody = changesOf(programmeBody);

/** The field of each route parameter holding an id, so a handler never mints an id with a cast. */
const idParams = {
  summitId: idField.summit,
  groupId: idField.group,
  areaId: idField.area,
  organisationId: idField.organisation,
  itemId: idField.programmeItem,
  planId: idField.seatingPlan,
};
type IdParams = typeof idParams;

/** A route parameter holding an id: checked as text, typed as its branded id. */
export const idParam = <N extends keyof IdParams>(name: N) => {
  // A computed key widens to string; the shape is exactly { [name]: its field }.
  const shape = { [name]: idParams[name] } as Pick<IdParams, N>;
  return z.object(shape);
};
