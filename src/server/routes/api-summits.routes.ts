// The coordinator's JSON API for summits, groups, areas, organisations, apportionment and the
// programme. Every route needs a coordinator API token (Authorization: Bearer …).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applyApportionment, proposeApportionment } from '../../use-cases/summit/apportion-group-quota.ts';
import { moveSummitStatus } from '../../use-cases/summit/move-summit-status.ts';
import { getSummitOverview } from '../../use-cases/summit/get-summit-overview.ts';
import { listAuditEntries, listSummits } from '../../use-cases/summit/list-summits.ts';
import { createArea, deleteArea, updateArea } from '../../use-cases/summit/save-area.ts';
import { createGroup, deleteGroup, updateGroup } from '../../use-cases/summit/save-group.ts';
import { createOrganisation, deleteOrganisation, updateOrganisation } from '../../use-cases/summit/save-organisation.ts';
import { createProgrammeItem, deleteProgrammeItem, updateProgrammeItem } from '../../use-cases/summit/save-programme-item.ts';
import { createSummit, updateSummit } from '../../use-cases/summit/save-summit.ts';
import { apiAccess, coordinatorFromApiToken } from '../access.ts';
import type { AppContext } from '../app.ts';
import {
  apportionmentBody, apportionmentQuery, areaBody, areaUpdateBody, groupBody, groupUpdateBody, idParam,
  organisationBody, organisationUpdateBody, programmeBody, programmeUpdateBody, statusBody, summitCreateBody, summitUpdateBody,
} from './api-schemas.ts';
import {
  answers, apportionmentShape, areaShape, auditEntryShape, groupShape, noContent, organisationShape, programmeItemShape, summitShape, summitOverviewShape,
} from '../api-responses.ts';
import type { CoordinatorAccess } from '../../use-cases/actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    coordinator?: CoordinatorAccess;
  }
}

const security = [{ bearer: [] }];
const normaliseTime = (value: string | undefined) => value?.replace('.', ':');

/** Registers the coordinator-only API scope; later features add their routes through this. */
export async function registerCoordinatorApi(app: FastifyInstance, context: AppContext, routes: (api: FastifyInstance) => void | Promise<void>) {
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => {
      request.coordinator = await coordinatorFromApiToken(context.deps, request);
    });
    await routes(scope);
  }, { prefix: '/api/v1' });
}

export async function registerApiSummitRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  await registerCoordinatorApi(app, context, (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['summits'];

    api.get('/summits', { schema: { tags, security, summary: 'List summits', response: answers({ 200: z.array(summitShape) }) } }, async () => listSummits(deps));

    api.post('/summits', { schema: { tags, security, summary: 'Create a summit (as a draft)', body: summitCreateBody, response: answers({ 201: summitShape }) } },
      async (request, reply) => reply.status(201).send(await createSummit(deps, apiAccess(request), request.body)));

    api.get('/summits/:summitId', { schema: { tags, security, summary: 'A summit with its groups, areas, organisations and programme', params: idParam('summitId'), response: answers({ 200: summitOverviewShape }) } },
      async (request) => {
        const overview = await getSummitOverview(deps, request.params.summitId);
        return { ...overview.summit, groups: overview.groups, areas: overview.areas, organisations: overview.organisations, programme: overview.programme };
      });

    api.patch('/summits/:summitId', { schema: { tags, security, summary: 'Change texts, venue or capacity, and the dates of a draft (an announced summit gets new dates through …/reschedule)', params: idParam('summitId'), body: summitUpdateBody, response: answers({ 200: summitShape }) } },
      async (request) => updateSummit(deps, apiAccess(request), request.params.summitId, request.body));

    api.post('/summits/:summitId/status', { schema: { tags, security, summary: 'Move the summit through its lifecycle', params: idParam('summitId'), body: statusBody, response: answers({ 200: summitShape }) } },
      async (request) => moveSummitStatus(deps, apiAccess(request), request.params.summitId, request.body.status, request.body.reason ?? ''));

    api.get('/summits/:summitId/audit', { schema: { tags, security, summary: 'The audit log, newest first', params: idParam('summitId'), response: answers({ 200: z.array(auditEntryShape) }) } },
      async (request) => listAuditEntries(deps, request.params.summitId));

    const groupTags = ['groups'];
    api.post('/summits/:summitId/groups', { schema: { tags: groupTags, security, summary: 'Add a stakeholder group with a quota', params: idParam('summitId'), body: groupBody, response: answers({ 201: groupShape }) } },
      async (request, reply) => {
        const { facilitators, ...rest } = request.body;
        const group = await createGroup(deps, apiAccess(request), request.params.summitId, { ...rest, isFacilitators: facilitators });
        return reply.status(201).send(group);
      });
    api.patch('/groups/:groupId', { schema: { tags: groupTags, security, params: idParam('groupId'), body: groupUpdateBody, response: answers({ 200: groupShape }) } },
      async (request) => {
        const { facilitators, ...rest } = request.body;
        return updateGroup(deps, apiAccess(request), request.params.groupId, { ...rest, ...(facilitators === undefined ? {} : { isFacilitators: facilitators }) });
      });
    api.delete('/groups/:groupId', { schema: { tags: groupTags, security, params: idParam('groupId'), response: answers({ 204: noContent }) } },
      async (request, reply) => { await deleteGroup(deps, apiAccess(request), request.params.groupId); return reply.status(204).send(); });

    api.get('/groups/:groupId/apportionment', { schema: { tags: groupTags, security, summary: "Propose how the group's seats divide over the areas", params: idParam('groupId'), querystring: apportionmentQuery, response: answers({ 200: apportionmentShape }) } },
      async (request) => proposeApportionment(deps, request.params.groupId, request.query.method, request.query.minimum));
    api.post('/groups/:groupId/apportionment', { schema: { tags: groupTags, security, summary: 'Accept (or override) the apportionment', params: idParam('groupId'), body: apportionmentBody, response: answers({ 200: apportionmentShape }) } },
      async (request) => applyApportionment(deps, apiAccess(request), request.params.groupId, request.body.method, request.body.minimum,
        request.body.overrides ?? {}));

    const areaTags = ['areas'];
    api.post('/summits/:summitId/areas', { schema: { tags: areaTags, security, summary: 'Add a local area', params: idParam('summitId'), body: areaBody, response: answers({ 201: areaShape }) } },
      async (request, reply) => reply.status(201).send(await createArea(deps, apiAccess(request), request.params.summitId, request.body)));
    api.patch('/areas/:areaId', { schema: { tags: areaTags, security, params: idParam('areaId'), body: areaUpdateBody, response: answers({ 200: areaShape }) } },
      async (request) => updateArea(deps, apiAccess(request), request.params.areaId, request.body));
    api.delete('/areas/:areaId', { schema: { tags: areaTags, security, params: idParam('areaId'), response: answers({ 204: noContent }) } },
      async (request, reply) => { await deleteArea(deps, apiAccess(request), request.params.areaId); return reply.status(204).send(); });

    const organisationTags = ['organisations'];
    api.post('/summits/:summitId/organisations', { schema: { tags: organisationTags, security, summary: 'Add a recruiting organisation with a sub-quota', params: idParam('summitId'), body: organisationBody, response: answers({ 201: organisationShape }) } },
      async (request, reply) => {
        const body = request.body;
        const organisation = await createOrganisation(deps, apiAccess(request), request.params.summitId,
          { ...body, areaId: body.areaId ?? null });
        return reply.status(201).send(organisation);
      });
    api.patch('/organisations/:organisationId', { schema: { tags: organisationTags, security, params: idParam('organisationId'), body: organisationUpdateBody, response: answers({ 200: organisationShape }) } },
      async (request) => {
        const { groupId, areaId, ...rest } = request.body;
        return updateOrganisation(deps, apiAccess(request), request.params.organisationId, {
          ...rest, ...(groupId ? { groupId } : {}), ...(areaId !== undefined ? { areaId } : {}),
        });
      });
    api.delete('/organisations/:organisationId', { schema: { tags: organisationTags, security, params: idParam('organisationId'), response: answers({ 204: noContent }) } },
      async (request, reply) => { await deleteOrganisation(deps, apiAccess(request), request.params.organisationId); return reply.status(204).send(); });

    const programmeTags = ['programme'];
    api.post('/summits/:summitId/programme', { schema: { tags: programmeTags, security, summary: 'Add a programme item or speaker', params: idParam('summitId'), body: programmeBody, response: answers({ 201: programmeItemShape }) } },
      async (request, reply) => {
        const { startsAt, endsAt, ...rest } = request.body;
        const item = await createProgrammeItem(deps, apiAccess(request), request.params.summitId, { ...rest, startsAt: normaliseTime(startsAt), endsAt: normaliseTime(endsAt) });
        return reply.status(201).send(item);
      });
    api.patch('/programme-items/:itemId', { schema: { tags: programmeTags, security, params: idParam('itemId'), body: programmeUpdateBody, response: answers({ 200: programmeItemShape }) } },
      async (request) => {
        const { startsAt, endsAt, ...rest } = request.body;
        return updateProgrammeItem(deps, apiAccess(request), request.params.itemId, {
          ...rest, ...(startsAt !== undefined ? { startsAt: normaliseTime(startsAt) } : {}), ...(endsAt !== undefined ? { endsAt: normaliseTime(endsAt) } : {}),
        });
      });
    api.delete('/programme-items/:itemId', { schema: { tags: programmeTags, security, params: idParam('itemId'), response: answers({ 204: noContent }) } },
      async (request, reply) => { await deleteProgrammeItem(deps, apiAccess(request), request.params.itemId); return reply.status(204).send(); });
  });
}
