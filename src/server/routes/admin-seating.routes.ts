// The coordinator's "Bordplan" pages: settings and rules, planning in the background with
// progress, the plan per round with manual edits (forms that work without JavaScript; seating.js
// adds drag and drop and progress polling), versions, publishing, exports and the day itself.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoordinatorAccess } from '../../use-cases/actor.ts';
import { z } from 'zod';
import { isDomainError } from '../../domain/errors.ts';
import { seatingLimits } from '../../domain/seating-plan.ts';
import { renderSeatingPlanCsv } from '../../exports/seating-plan-csv.ts';
import { renderSeatingPlanXlsx } from '../../exports/seating-plan-xlsx.ts';
import type { PlanRunner } from '../../ports.ts';
import { editSeatingPlan, type SeatingEdit } from '../../use-cases/seating/edit-seating-plan.ts';
import { compareSeatingPlans, getSeatingOverview, getSeatingPeople, getSeatingPlan } from '../../use-cases/seating/get-seating-plan.ts';
import { planTables, stopPlanning } from '../../use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../use-cases/seating/publish-seating-plan.ts';
import { markAbsent, markArrived, replanOnTheDay } from '../../use-cases/seating/replan-on-the-day.ts';
import { restoreSeatingPlan } from '../../use-cases/seating/restore-seating-plan.ts';
import { resolveConfirmedPeople, saveSeatingSettings } from '../../use-cases/seating/save-seating-settings.ts';
import { renderPage } from '../../web/layout.tsx';
import { AdminSeatingComparePage, AdminSeatingPage } from '../../web/pages/admin-seating.tsx';
import { AdminSeatingPlanPage } from '../../web/pages/admin-seating-plan.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import type { AppContext } from '../app.ts';
import { coordinatorPage, formCheckbox, formInt, formValues, savedFlag, sendPage, submitForm } from './admin-form-handling.ts';
import { idField, readParams, summitIdOf } from '../route-params.ts';

const planParams = z.object({ summitId: idField.summit, planId: idField.seatingPlan });
const ids = (request: FastifyRequest) => readParams(planParams, request);
const weight = formInt(z.number().int().min(0).max(10));

const settingsForm = z.object({
  rounds: formInt(z.number().int().min(1).max(seatingLimits.maxRounds)),
  seconds: formInt(z.number().int().min(1).max(seatingLimits.maxSeconds)),
  autoTables: formCheckbox,
  facilitatorsMove: formCheckbox,
  tableCount: formInt(z.number().int().min(1).max(seatingLimits.maxTables).optional()),
  tableMin: formInt(z.number().int().min(1).max(seatingLimits.maxTableSize).optional()),
  tableMax: formInt(z.number().int().min(1).max(seatingLimits.maxTableSize).optional()),
  accessibleTables: z.string().trim().max(200).refine((v) => /^[\d\s,]*$/.test(v), { message: 'invalid' }).optional(),
  weightGroup: weight,
  weightArea: weight,
  weightOrganisation: weight,
}).refine((v) => v.autoTables || (v.tableCount !== undefined && v.tableMin !== undefined && v.tableMax !== undefined), { message: 'required', path: ['tableCount'] })
  .refine((v) => v.autoTables || (v.tableMin ?? 0) <= (v.tableMax ?? 0), { message: 'tooBig', path: ['tableMin'] });

const personId = z.string().min(1).max(100);
const ruleForm = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('apart'), personA: personId, personB: personId }),
  z.object({ kind: z.literal('together'), personA: personId, personB: personId }),
  z.object({ kind: z.literal('fixed'), person: personId, table: z.string().min(1).max(40), round: z.string().max(3).optional() }),
]);
const removeRuleForm = z.object({ kind: z.enum(['apart', 'together', 'fixed']), index: z.coerce.number().int().min(0) });
const roundField = z.coerce.number().int().min(1).max(seatingLimits.maxRounds);
const moveForm = z.object({ round: roundField, person: personId }).passthrough()
  .transform((form, ctx) => {
    // The table's form holds one select per person ("to-<id>"); the pressed button names the person.
    const table = (form as Record<string, unknown>)[`to-${form.person}`];
    if (typeof table !== 'string' || table === '' || table.length > 40) { ctx.addIssue({ code: 'custom', message: 'invalid' }); return z.NEVER; }
    return { round: form.round, person: form.person, table };
  });
const swapForm = z.object({ round: roundField, person: personId, other: personId });
const lockValue = z.string().regex(/^[^:]{1,100}:[01]$/);
const lockForm = z.object({ round: roundField, lock: lockValue.optional(), lockTable: lockValue.optional() });
const absentForm = z.object({ person: personId, fromRound: roundField });
const arrivedForm = z.object({ person: personId });
const replanForm = z.object({ fromRound: roundField });

const parseNumbers = (text: string | undefined) => [...new Set((text ?? '').split(/[\s,]+/).filter(Boolean).map(Number).filter((n) => Number.isInteger(n) && n > 0))];

export async function registerAdminSeatingRoutes(app: FastifyInstance, context: AppContext, runner: PlanRunner): Promise<void> {
  const { deps } = context;
  const base = (summitId: string) => `/admin/summits/${summitId}/seating`;
  const planUrl = (summitId: string, planId: string, round?: number) => `${base(summitId)}/plans/${planId}${round ? `?round=${round}` : ''}`;
  const errorOf = (request: FastifyRequest) => {
    const code = (request.query as Record<string, unknown> | undefined)?.error;
    return typeof code === 'string' && /^[a-z_]{1,60}$/.test(code) ? code : undefined;
  };
  const withError = (url: string, code: string) => `${url}${url.includes('?') ? '&' : '?'}error=${code}`;

  async function showOverview(request: FastifyRequest, reply: FastifyReply, state?: FormState, status = 200) {
    const summitId = summitIdOf(request);
    const page = await coordinatorPage(deps, request, reply, base(summitId));
    if (!page) return reply;
    const overview = await getSeatingOverview(deps, summitId);
    return sendPage(reply, renderPage(AdminSeatingPage({ ctx: page.ctx, overview, state, saved: savedFlag(request), error: errorOf(request) })), status);
  }

  /** Runs a POST action; a broken rule comes back to the page as a message, nothing changed. */
  async function act(request: FastifyRequest, reply: FastifyReply, back: string, work: (access: CoordinatorAccess) => Promise<string | void>) {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    try {
      const next = await work(page.coordinator);
      return reply.redirect(next ?? back, 303);
    } catch (error) {
      if (error instanceof z.ZodError) return reply.redirect(withError(back, 'validation_failed'), 303);
      if (!isDomainError(error)) throw error;
      return reply.redirect(withError(back, String(error.code)), 303);
    }
  }

  app.get('/admin/summits/:summitId/seating', async (request, reply) => showOverview(request, reply));

  app.post('/admin/summits/:summitId/seating/settings', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitIdOf(request);
    return submitForm({
      deps, request, reply, form: 'settings', page: base(summitId), schema: settingsForm,
      labels: (t) => {
        const s = t.seating;
        return { rounds: s.rounds, seconds: s.seconds, tableCount: s.tableCount, tableMin: s.tableMin, tableMax: s.tableMax, accessibleTables: s.accessibleTables, weightGroup: s.weightGroup, weightArea: s.weightArea, weightOrganisation: s.weightOrganisation };
      },
      save: async (data, coordinator) => {
        await saveSeatingSettings(deps, coordinator, summitId, (settings) => ({
          ...settings,
          rounds: data.rounds,
          seconds: data.seconds,
          weights: { ...settings.weights, group: data.weightGroup, area: data.weightArea, organisation: data.weightOrganisation },
          accessibleTables: parseNumbers(data.accessibleTables),
          facilitatorsStay: !data.facilitatorsMove,
          tables: data.autoTables ? null : Array.from({ length: data.tableCount! }, (_, i) => ({ id: `t${i + 1}`, name: String(i + 1), min: data.tableMin!, max: data.tableMax!, accessible: false })),
        }));
      },
      render: async (ctx, state) => renderPage(AdminSeatingPage({ ctx, overview: await getSeatingOverview(deps, summitId), state })),
    });
  });

  app.post('/admin/summits/:summitId/seating/rules', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitIdOf(request);
    return act(request, reply, base(summitId), async (access) => {
      const rule = ruleForm.parse(formValues(request.body));
      // The page's fields take a typed name (or the label offered); the API may send ids.
      const people = await resolveConfirmedPeople(deps, summitId, rule.kind === 'fixed' ? [rule.person] : [rule.personA, rule.personB]);
      await saveSeatingSettings(deps, access, summitId, (settings) => {
        if (rule.kind === 'fixed') {
          const round = rule.round ? Number(rule.round) : undefined;
          return { ...settings, fixed: [...settings.fixed, { person: people[0]!, table: rule.table, ...(round ? { round } : {}) }] };
        }
        const pair: [string, string] = [people[0]!, people[1]!];
        return rule.kind === 'apart' ? { ...settings, keepApart: [...settings.keepApart, pair] } : { ...settings, keepTogether: [...settings.keepTogether, pair] };
      });
      return `${base(summitId)}?saved=1#rules`;
    });
  });

  app.post('/admin/summits/:summitId/seating/rules/remove', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitIdOf(request);
    return act(request, reply, base(summitId), async (access) => {
      const { kind, index } = removeRuleForm.parse(formValues(request.body));
      await saveSeatingSettings(deps, access, summitId, (settings) => {
        const without = <T>(list: T[]) => list.filter((_, i) => i !== index);
        if (kind === 'fixed') return { ...settings, fixed: without(settings.fixed) };
        return kind === 'apart' ? { ...settings, keepApart: without(settings.keepApart) } : { ...settings, keepTogether: without(settings.keepTogether) };
      });
      return `${base(summitId)}?saved=1#rules`;
    });
  });

  app.post('/admin/summits/:summitId/seating/plan', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitIdOf(request);
    return act(request, reply, base(summitId), async (access) => planUrl(summitId, (await planTables(deps, runner, access, summitId)).id));
  });

  app.post('/admin/summits/:summitId/seating/absences', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitIdOf(request);
    return act(request, reply, `${base(summitId)}#day`, async (access) => {
      const { person, fromRound } = absentForm.parse(formValues(request.body));
      const [id] = await resolveConfirmedPeople(deps, summitId, [person]);
      await markAbsent(deps, access, summitId, id!, fromRound);
      return `${base(summitId)}?saved=1#day`;
    });
  });

  app.post('/admin/summits/:summitId/seating/absences/arrived', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitIdOf(request);
    return act(request, reply, `${base(summitId)}#day`, async (access) => {
      await markArrived(deps, access, summitId, arrivedForm.parse(formValues(request.body)).person);
      return `${base(summitId)}?saved=1#day`;
    });
  });

  app.post('/admin/summits/:summitId/seating/replan', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitIdOf(request);
    return act(request, reply, base(summitId), async (access) => {
      const { fromRound } = replanForm.parse(formValues(request.body));
      return planUrl(summitId, (await replanOnTheDay(deps, runner, access, summitId, { fromRound })).id);
    });
  });

  app.get('/admin/summits/:summitId/seating/compare', async (request, reply) => {
    const summitId = summitIdOf(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const query = z.object({ a: idField.seatingPlan, b: idField.seatingPlan }).safeParse(request.query);
    if (!query.success) return reply.redirect(withError(base(summitId), 'validation_failed'), 303);
    const comparison = await compareSeatingPlans(deps, query.data.a, query.data.b);
    const overview = await getSeatingPeople(deps, summitId);
    if (comparison.a.summitId !== summitId) return reply.callNotFound();
    return sendPage(reply, renderPage(AdminSeatingComparePage({ ctx: page.ctx, overview, comparison })));
  });

  async function planOf(request: FastifyRequest) {
    const { summitId, planId } = ids(request);
    const plan = await getSeatingPlan(deps, planId);
    if (plan.summitId !== summitId) return undefined;
    return plan;
  }

  app.get('/admin/summits/:summitId/seating/plans/:planId', async (request, reply) => {
    const { summitId, planId } = ids(request);
    const page = await coordinatorPage(deps, request, reply, planUrl(summitId, planId));
    if (!page) return reply;
    const plan = await planOf(request);
    if (!plan) return reply.callNotFound();
    const overview = await getSeatingPeople(deps, summitId);
    const round = z.coerce.number().int().min(1).max(Math.max(1, plan.rounds.length)).catch(1).parse((request.query as Record<string, unknown>).round ?? 1);
    return sendPage(reply, renderPage(AdminSeatingPlanPage({ ctx: page.ctx, overview, plan, round, saved: savedFlag(request), error: errorOf(request) })));
  });

  app.get('/admin/summits/:summitId/seating/plans/:planId/status.json', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const plan = await planOf(request);
    if (!plan) return reply.callNotFound();
    return reply.header('cache-control', 'no-store').send({ status: plan.status, progress: plan.progress, bestCost: plan.bestCost, stopRequested: plan.stopRequested });
  });

  app.get('/admin/summits/:summitId/seating/plans/:planId/export.csv', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const plan = await planOf(request);
    if (!plan) return reply.callNotFound();
    const overview = await getSeatingPeople(deps, plan.summitId);
    return reply.header('content-disposition', `attachment; filename="bordplan-v${plan.version}.csv"`).type('text/csv; charset=utf-8')
      .send(renderSeatingPlanCsv(plan, overview.everyone, page.ctx.t.seating));
  });

  app.get('/admin/summits/:summitId/seating/plans/:planId/export.xlsx', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const plan = await planOf(request);
    if (!plan) return reply.callNotFound();
    const overview = await getSeatingPeople(deps, plan.summitId);
    return reply.header('content-disposition', `attachment; filename="bordplan-v${plan.version}.xlsx"`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await renderSeatingPlanXlsx(plan, overview.everyone, page.ctx.t.seating, overview.summit.title));
  });

  const planAction = (path: string, work: (request: FastifyRequest, access: CoordinatorAccess, back: string) => Promise<string | void>) => {
    app.post(`/admin/summits/:summitId/seating/plans/:planId/${path}`, { preHandler: app.csrfProtection }, async (request, reply) => {
      const { summitId, planId } = ids(request);
      const round = Number(formValues(request.body).round) || undefined;
      const back = planUrl(summitId, planId, round);
      return act(request, reply, back, async (access) => {
        const plan = await planOf(request);
        if (!plan) return withError(base(summitId), 'not_found');
        return work(request, access, back);
      });
    });
  };
  const edit = async (request: FastifyRequest, access: CoordinatorAccess, change: SeatingEdit) => {
    const summitId = summitIdOf(request);
    const saved = await editSeatingPlan(deps, access, ids(request).planId, change);
    // Back to the person (or table) just edited, so keyboard users keep their place.
    const anchor = 'person' in change ? `#person-${change.person}` : `#table-${change.round}-${change.table}`;
    return `${planUrl(summitId, saved.id, change.round)}&saved=1${anchor}`;
  };

  planAction('stop', async (request, access, back) => { await stopPlanning(deps, access, ids(request).planId); return back; });
  planAction('move', async (request, access) => edit(request, access, { kind: 'move', ...moveForm.parse(formValues(request.body)) }));
  planAction('swap', async (request, access) => edit(request, access, { kind: 'swap', ...swapForm.parse(formValues(request.body)) }));
  planAction('lock', async (request, access) => {
    const form = lockForm.parse(formValues(request.body));
    const [id, flag] = (form.lock ?? form.lockTable ?? ':').split(':');
    if (form.lock) return edit(request, access, { kind: 'lock_person', round: form.round, person: id, locked: flag === '1' });
    if (form.lockTable) return edit(request, access, { kind: 'lock_table', round: form.round, table: id, locked: flag === '1' });
    throw new z.ZodError([]);
  });
  planAction('reoptimise', async (request, access) => {
    const { summitId, planId } = ids(request);
    return planUrl(summitId, (await planTables(deps, runner, access, summitId, { basedOnId: planId })).id);
  });
  planAction('publish', async (request, access) => {
    const { summitId, planId } = ids(request);
    await publishSeatingPlan(deps, access, planId);
    return `${planUrl(summitId, planId)}&saved=1`.replace('&', '?');
  });
  planAction('restore', async (request, access) => {
    const { summitId, planId } = ids(request);
    return planUrl(summitId, (await restoreSeatingPlan(deps, access, planId)).id);
  });
}
