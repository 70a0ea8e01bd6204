// The coordinator's participant list, a person's page and the lists for the day (XLSX, CSV, PDF).
// The list's filters come from the query string; an unknown value is ignored rather than refused,
// so an old bookmark still opens the list.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invitationStatuses } from '../../../domain/invitation.ts';
import { dayListKinds, participantNeeds, participantSorts, type ParticipantQuery } from '../../../domain/participant-list.ts';
import { buildDayList } from '../../../exports/day-lists.ts';
import { renderTableCsv, renderTablePdf, renderTableXlsx } from '../../../exports/table-document.ts';
import { getParticipant } from '../../../use-cases/participants/get-participant.ts';
import { listParticipants, loadDayLists } from '../../../use-cases/participants/list-participants.ts';
import { renderPage } from '../../../web/layout.tsx';
import { ParticipantDetailPage } from '../../../web/pages/participants/participant-detail.tsx';
import { ParticipantListPage } from '../../../web/pages/participants/participant-list.tsx';
import type { AppContext } from '../../app.ts';
import { coordinatorPage, sendPage } from '../admin-form-handling.ts';
import { idField, readParams } from '../../route-params.ts';
import { listField, listFields, queryOf } from '../../list-query.ts';

const params = z.object({ summitId: idField.summit });
const personParams = params.extend({ invitationId: idField.invitation });
const count = z.coerce.number().int().min(0).max(1_000_000);
/** "?done=withdrawn&participants=2&organisations=1": whom a confirmed withdrawal mailed. */
const toldQuery = z.object({ participants: count, organisations: count });
const listParams = params.extend({ list: z.enum(dayListKinds), format: z.enum(['csv', 'xlsx', 'pdf']) });

const listSchemas = { status: z.enum(invitationStatuses), need: z.enum(participantNeeds), sort: z.enum(participantSorts) };

function listQuery(raw: unknown): ParticipantQuery {
  const query = queryOf(raw);
  return {
    search: listField(query, 'q', listFields.search) || undefined,
    status: listField(query, 'status', listSchemas.status),
    groupId: listField(query, 'group', listFields.id),
    organisationId: listField(query, 'organisation', listFields.id),
    areaId: listField(query, 'area', listFields.id),
    need: listField(query, 'need', listSchemas.need),
    sort: listField(query, 'sort', listSchemas.sort),
    descending: query.dir === 'desc',
    page: listField(query, 'page', listFields.page),
  };
}

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export async function registerAdminParticipantRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const summitOf = (request: FastifyRequest) => readParams(params, request).summitId;

  app.get('/admin/summits/:summitId/participants', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const query = listQuery(request.query);
    const view = await listParticipants(deps, summitId, query);
    return sendPage(reply, renderPage(ParticipantListPage({ ctx: page.ctx, view, query: { ...query, page: view.page.page } })));
  });

  app.get('/admin/summits/:summitId/participants/lists/:list.:format', async (request, reply) => {
    const { summitId, list, format } = readParams(listParams, request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const { summit, rows, tables } = await loadDayLists(deps, summitId);
    const doc = buildDayList(list, { summitTitle: summit.title, rows, tables }, page.ctx.t.participants.dayList);
    const body = format === 'csv' ? renderTableCsv(doc) : format === 'xlsx' ? await renderTableXlsx(doc) : await renderTablePdf(doc, new Date(deps.clock.now()));
    return reply.header('content-type', contentTypes[format]).header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${summit.slug}-${list}.${format}"`).send(body);
  });

  app.get('/admin/summits/:summitId/participants/:invitationId', async (request, reply) => {
    const { summitId, invitationId } = readParams(personParams, request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const detail = await getParticipant(deps, summitId, invitationId);
    const done = (request.query as Record<string, unknown> | undefined)?.done;
    const told = toldQuery.safeParse(request.query);
    return sendPage(reply, renderPage(ParticipantDetailPage({ ctx: page.ctx, detail, done: typeof done === 'string' ? done : undefined, told: told.success ? told.data : undefined })));
  });
}
