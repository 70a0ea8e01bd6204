// Personal data through the JSON API: a summit's retention schedule and its one postponement.
// Bearer-token (coordinator) routes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maxRetentionPostponementDays } from '../../../domain/retention.ts';
import { getRetention, postponeRetention } from '../../../use-cases/personal-data/summit-retention.ts';
import type { AppContext } from '../../app.ts';
import { idParam } from '../api-schemas.ts';
import { registerCoordinatorApi } from '../api-summits.routes.ts';

const security = [{ bearer: [] }];
const tags = ['personal data'];
const actorOf = (request: FastifyRequest) => `coordinator:${request.coordinator!.id}` as const;

export const postponeRetentionBody = z.object({
  days: z.number().int().min(1).max(maxRetentionPostponementDays),
  reason: z.string().trim().min(1).max(1000),
});

export async function registerApiPersonalDataRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  await registerCoordinatorApi(app, context, (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.get('/summits/:summitId/retention', {
      schema: { tags, security, summary: "When the summit's personal data is deleted: retentionDays after it was closed or cancelled, plus a postponement", params: idParam('summitId') },
    }, async (request) => getRetention(deps, request.params.summitId));
    api.post('/summits/:summitId/retention/postpone', {
      schema: { tags, security, summary: 'Postpone the deletion once, by whole days, with a reason (logged); a second time answers 409 retention_already_postponed', params: idParam('summitId'), body: postponeRetentionBody },
    }, async (request) => postponeRetention(deps, actorOf(request), request.params.summitId, request.body));
  });
}
