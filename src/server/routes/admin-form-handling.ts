// How every coordinator form is handled: check the coordinator, validate the strings an HTML form
// sends, and either save and redirect (303, "?saved=1") or show the page again with the errors in
// Danish or English and the typed values kept. Nothing is saved when anything is wrong.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isDomainError } from '../../domain/errors.ts';
import type { Deps } from '../../ports.ts';
import type { CoordinatorAccess } from '../../use-cases/actor.ts';
import { fieldErrorsFrom } from '../../web/form-errors.ts';
import type { Messages } from '../../web/i18n/messages.ts';
import type { PageContext } from '../../web/layout.tsx';
import { copenhagenLocalToIso } from '../../web/pages/admin-local-time.ts';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import { requireCoordinatorPage } from '../access.ts';
import { pageContext } from '../page-context.ts';

/** Form bodies as plain strings (a repeated field keeps its first value). */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') values[key] = first;
  }
  return values;
}

// Only plain digits count: "32.000" is 32000 to a Dane and 32 to Number(), so it is refused
// rather than guessed.
const blankToUndefined = (value: unknown) => {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  return /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
};

/** A whole number typed into a form; empty means missing. */
export const formInt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema);

/** A checkbox: present ("on") or absent. */
export const formCheckbox = z.preprocess((value) => value === 'on', z.boolean());

/** A datetime-local value in Danish time, stored as ISO UTC; empty means no date. */
export const formLocalDateTime = z.string().optional().transform((value, ctx) => {
  if (!value || value.trim() === '') return null;
  const iso = copenhagenLocalToIso(value);
  if (!iso) {
    ctx.addIssue({ code: 'custom', message: 'invalidDate' });
    return z.NEVER;
  }
  return iso;
});

/** hh:mm (or hh.mm) or empty, normalised to hh:mm. */
export const formTime = z.string().trim().max(5).optional()
  .refine((value) => !value || /^([01]\d|2[0-3])[:.][0-5]\d$/.test(value), { message: 'invalidTime' })
  .transform((value) => value?.replace('.', ':') ?? '');

export async function coordinatorPage(deps: Deps, request: FastifyRequest, reply: FastifyReply, path?: string): Promise<{ coordinator: CoordinatorAccess; ctx: PageContext } | undefined> {
  const coordinator = await requireCoordinatorPage(deps, request, reply);
  if (!coordinator) return undefined;
  const ctx = await pageContext(deps, request, reply, coordinator);
  // Forms post to their own URLs; the language switch must lead back to the page, not the POST.
  if (path) ctx.path = path;
  return { coordinator, ctx };
}

export const savedFlag = (request: FastifyRequest) => (request.query as Record<string, unknown> | undefined)?.saved === '1';

export function sendPage(reply: FastifyReply, html: string | Buffer, status = 200) {
  // Fastify adds the charset to a text type only when it sends a string.
  return reply.status(status).header('cache-control', 'no-store').type(typeof html === 'string' ? 'text/html' : 'text/html; charset=utf-8').send(html);
}

export interface FormSubmission<S extends z.ZodType> {
  deps: Deps;
  request: FastifyRequest;
  reply: FastifyReply;
  /** Which form on the page was sent, so the page shows the errors beside it. */
  form: string;
  /** The page the form sits on (GET), shown again on errors. */
  page: string;
  schema: S;
  labels: (t: Messages) => Record<string, string>;
  /** Saves and returns where to go next (the page, unless given). */
  save: (data: z.output<S>, coordinator: CoordinatorAccess) => Promise<string | void>;
  render: (ctx: PageContext, state: FormState) => Promise<string>;
}

export async function submitForm<S extends z.ZodType>(s: FormSubmission<S>): Promise<FastifyReply> {
  const page = await coordinatorPage(s.deps, s.request, s.reply, s.page);
  if (!page) return s.reply;
  const { ctx, coordinator } = page;
  const values = formValues(s.request.body);
  const parsed = s.schema.safeParse(values);
  let state: FormState;
  if (parsed.success) {
    try {
      const next = await s.save(parsed.data, coordinator);
      const target = next ?? s.page;
      return s.reply.redirect(`${target}${target.includes('?') ? '&' : '?'}saved=1`, 303);
    } catch (error) {
      // A missing summit or item is a 404 page; a broken rule is shown in the form.
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      state = { form: s.form, values, errors: {}, general: [ctx.t.errors.codes[error.code] ?? ctx.t.errors.codes.validation_failed] };
    }
  } else {
    state = { form: s.form, values, errors: fieldErrorsFrom(parsed.error.issues, ctx.t, s.labels(ctx.t)), general: [] };
  }
  return sendPage(s.reply, await s.render(ctx, state), 422);
}
