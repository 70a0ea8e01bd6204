// The query string of a list page (its search, filters and page). Each field is read on its own:
// a bad value falls away, so an old bookmark still opens the list with the other fields applied.
// The schemas are built once, not per request.
import { z } from 'zod';

export const listFields = {
  search: z.string().trim().max(200),
  id: z.string().min(1).max(100),
  page: z.coerce.number().int().min(1).max(100_000),
};

/** The fields of a query string as an object, whatever the request held. */
export const queryOf = (raw: unknown): Record<string, unknown> => (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;

/** The field `name` of `query` as `schema` reads it, or undefined when it is missing or bad. */
export function listField<T extends z.ZodType>(query: Record<string, unknown>, name: string, schema: T): z.output<T> | undefined {
  const parsed = schema.safeParse(query[name]);
  return parsed.success ? parsed.data : undefined;
}
