// The table notes: the facilitator's page behind their personal link (/i/{token}/noter), and the
// coordinator's page (per round or per theme) with the merge into the list of proposals and the
// DOCX, PDF and CSV downloads.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isDomainError } from '../../../domain/errors.ts';
import type { SummitId } from '../../../domain/ids.ts';
import { renderFlowDocumentDocx } from '../../../exports/flow-document-docx.ts';
import { renderTableNotesCsv } from '../../../exports/table-notes-csv.ts';
import { openFacilitatorNotes, saveTableNote } from '../../../use-cases/table-notes/facilitator-notes.ts';
import { getSummitNotes, getSummitNotesWithWriters, mergeProposals, removeProposal } from '../../../use-cases/table-notes/summit-notes.ts';
import { renderPage } from '../../../web/layout.tsx';
import { AdminNotesPage, notesUrl } from '../../../web/pages/after-summit/admin-notes.tsx';
import { notesDocument } from '../../../web/pages/after-summit/notes-document.ts';
import { FacilitatorNotesPage } from '../../../web/pages/after-summit/facilitator-notes.tsx';
import { idParam } from '../api-schemas.ts';
import type { AppContext } from '../../app.ts';
import { pageContext } from '../../page-context.ts';
import { coordinatorPage, formValues, sendPage } from '../admin-form-handling.ts';
import { sendPdf } from '../api-print.routes.ts';
import { tokenRateLimit } from '../api-registration.routes.ts';
import { readParams } from '../../route-params.ts';

const tokenParams = z.object({ token: z.string().min(16).max(200) });
const params = idParam('summitId');
const noteForm = z.object({ round: z.coerce.number().int().min(1).max(20), tableId: z.string().min(1).max(100) });

export async function registerTableNotesRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const summitOf = (request: FastifyRequest) => readParams(params, request).summitId;

  app.get('/i/:token/noter', { config: tokenRateLimit }, async (request, reply) => {
    const { token } = readParams(tokenParams, request);
    const view = await openFacilitatorNotes(deps, token);
    const ctx = await pageContext(deps, request, reply);
    ctx.path = `/i/${token}/noter`;
    const saved = z.object({ saved: z.string().regex(/^[A-Za-z0-9_:-]{1,120}$/) }).safeParse(request.query);
    return sendPage(reply.header('referrer-policy', 'no-referrer'), renderPage(FacilitatorNotesPage({ ctx, view, action: `/i/${token}/noter`, saved: saved.success ? saved.data.saved : undefined })));
  });

  app.post('/i/:token/noter', { config: tokenRateLimit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { token } = readParams(tokenParams, request);
    const values = formValues(request.body);
    const { round, tableId } = noteForm.parse(values);
    const id = `r${round}-${tableId}`;
    await saveTableNote(deps, token, { round, tableId, keyPoints: values[`${id}-keyPoints`] ?? '', proposals: values[`${id}-proposals`] ?? '' });
    return reply.redirect(`/i/${token}/noter?saved=${encodeURIComponent(id)}`, 303);
  });

  app.get('/admin/summits/:summitId/notes', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, notesUrl(summitId));
    if (!page) return reply;
    const { notes, writers } = await getSummitNotesWithWriters(deps, summitId);
    const error = z.object({ error: z.string().regex(/^[a-z_]{1,60}$/) }).safeParse(request.query);
    const state = error.success ? { form: 'merge', values: {}, errors: {}, general: [page.ctx.t.errors.codes[error.data.error] ?? page.ctx.t.errors.codes.validation_failed!] } : undefined;
    const view = z.object({ by: z.literal('theme') }).safeParse(request.query).success ? 'theme' : 'round';
    return sendPage(reply, renderPage(AdminNotesPage({ ctx: page.ctx, notes, names: writers, state, view })));
  });

  app.post('/admin/summits/:summitId/notes/merge', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, notesUrl(summitId));
    if (!page) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const picks = (Array.isArray(body.picks) ? body.picks : [body.picks]).filter((p): p is string => typeof p === 'string').slice(0, 200);
    try {
      await mergeProposals(deps, page.coordinator, summitId, { picks, text: formValues(body).text });
      return reply.redirect(`${notesUrl(summitId)}?saved=1`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'validation_failed') throw error;
      return reply.redirect(`${notesUrl(summitId)}?error=validation_failed`, 303);
    }
  });

  app.post('/admin/summits/:summitId/notes/list/:itemId/remove', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, notesUrl(summitId));
    if (!page) return reply;
    const { itemId } = readParams(z.object({ itemId: z.string().min(1).max(100) }), request);
    await removeProposal(deps, page.coordinator, summitId, itemId);
    return reply.redirect(`${notesUrl(summitId)}?saved=1`, 303);
  });

  app.get('/admin/summits/:summitId/notes.csv', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const notes = await getSummitNotes(deps, summitId);
    const csv = renderTableNotesCsv(notes.rounds.flatMap((r) => r.notes), notes.proposals, page.ctx.t.afterSummit.notes.csv);
    return reply.header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="bordnoter.csv"').type('text/csv; charset=utf-8').send(csv);
  });

  const documentOf = async (summitId: SummitId, t: Parameters<typeof notesDocument>[0]) => {
    const { notes, writers } = await getSummitNotesWithWriters(deps, summitId);
    return notesDocument(t, notes, writers);
  };

  app.get('/admin/summits/:summitId/notes.docx', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const docx = await renderFlowDocumentDocx(await documentOf(summitId, page.ctx.t));
    return reply.header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="bordnoter.docx"')
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(Buffer.from(docx));
  });

  app.get('/admin/summits/:summitId/notes.pdf', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPdf(reply, await deps.print.documentPdf(await documentOf(summitId, page.ctx.t)), 'bordnoter.pdf');
  });
}
