// The coordinator's JSON API for table plans: start planning in the background (202), read a plan
// and its progress, stop it early, publish it. Bearer-token routes, described in /api/openapi.json.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { seatingLimits, type SeatingPlan } from '../../domain/seating-plan.ts';
import type { PlanRunner } from '../../ports.ts';
import { getSeatingPlan, listSeatingPlans } from '../../use-cases/seating/get-seating-plan.ts';
import { planTables, stopPlanning } from '../../use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../use-cases/seating/publish-seating-plan.ts';
import type { AppContext } from '../app.ts';
import { idParam } from './api-schemas.ts';
import { answers, planIdShape, publishedPlanShape, seatingPlanShape } from '../api-responses.ts';
import { registerCoordinatorApi } from './api-summits.routes.ts';
import { apiAccess } from '../access.ts';

const security = [{ bearer: [] }];
const tags = ['seating'];

export const seatingPlanBody = z.object({
  rounds: z.number().int().min(1).max(seatingLimits.maxRounds),
  tables: z.array(z.object({
    id: z.string().trim().min(1).max(40).optional(),
    name: z.string().trim().min(1).max(60).optional(),
    min: z.number().int().min(0).max(seatingLimits.maxTableSize),
    max: z.number().int().min(1).max(seatingLimits.maxTableSize),
    accessible: z.boolean().optional(),
  }).refine((t) => t.min <= t.max, { message: 'min must not exceed max' })).min(1).max(seatingLimits.maxTables).optional(),
  weights: z.record(z.string().max(40), z.number().min(0).max(100)).optional(),
  seconds: z.number().min(0.1).max(seatingLimits.maxSeconds).optional(),
  facilitatorsStay: z.boolean().optional().describe('false: facilitators change tables between rounds, still one per table (default true: they host one table)'),
});

/** The plan as the API shows it: people are the confirmed invitations' ids. */
export function seatingPlanJson(plan: SeatingPlan): z.input<typeof seatingPlanShape> {
  return {
    id: plan.id,
    summitId: plan.summitId,
    version: plan.version,
    status: plan.status,
    source: plan.source,
    progress: plan.progress,
    bestCost: plan.bestCost,
    rounds: plan.rounds,
    tables: plan.settings.tables,
    score: plan.score,
    violations: plan.violations,
    error: plan.error || undefined,
    createdAt: plan.createdAt,
    finishedAt: plan.finishedAt,
    publishedAt: plan.publishedAt,
  };
}

export async function registerApiSeatingRoutes(app: FastifyInstance, context: AppContext, runner: PlanRunner): Promise<void> {
  const { deps } = context;
  await registerCoordinatorApi(app, context, (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();

    api.post('/summits/:summitId/seating-plans', {
      schema: {
        tags, security, params: idParam('summitId'), body: seatingPlanBody,
        summary: 'Plan the tables in the background',
        response: answers({ 202: planIdShape.describe('Planning started; poll the plan (also in the Location header)') }),
        description: 'Seats the confirmed participants over the rounds. Without `tables`, Samskab proposes them (7-9 a table, one per facilitator). Answers 202 at once; poll GET /seating-plans/{planId}. One planning job per summit at a time (409 seating_job_running).',
      },
    }, async (request, reply) => {
      const plan = await planTables(deps, runner, apiAccess(request), request.params.summitId, request.body);
      return reply.status(202).header('location', `/api/v1/seating-plans/${plan.id}`).send({ id: plan.id });
    });

    api.get('/summits/:summitId/seating-plans', { schema: { tags, security, params: idParam('summitId'), summary: 'Every version of the table plan, newest first', response: answers({ 200: z.array(seatingPlanShape) }) } },
      async (request) => (await listSeatingPlans(deps, request.params.summitId)).map(seatingPlanJson));

    api.get('/seating-plans/:planId', { schema: { tags, security, params: idParam('planId'), summary: 'A table plan: status, progress, rounds, score and broken rules', response: answers({ 200: seatingPlanShape }) } },
      async (request) => seatingPlanJson(await getSeatingPlan(deps, request.params.planId)));

    api.post('/seating-plans/:planId/stop', { schema: { tags, security, params: idParam('planId'), summary: 'Stop planning early and keep the best plan so far', response: answers({ 202: planIdShape }) } },
      async (request, reply) => { await stopPlanning(deps, apiAccess(request), request.params.planId); return reply.status(202).send({ id: request.params.planId }); });

    api.post('/seating-plans/:planId/publish', { schema: { tags, security, params: idParam('planId'), summary: 'Publish the plan: participants see their tables and get an email', response: answers({ 200: publishedPlanShape }) } },
      async (request) => {
        const plan = await publishSeatingPlan(deps, apiAccess(request), request.params.planId);
        return { ...seatingPlanJson(plan), mailed: plan.mailed };
      });
  });
}
