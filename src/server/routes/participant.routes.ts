// The participant's page behind /i/{token}: no login, the token is the credential. Mail scanners
// open links, so the GET only shows; answering is a POST form (with CSRF).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import { participantPath, participantUrl } from '../../use-cases/personal-links.ts';
import { calendarAttachment } from '../../use-cases/summit-calendar-attachment.ts';
import { acceptInvitation, participantAccess, updateAnswerDetails, type AnswerInput } from '../../use-cases/registration/accept-invitation.ts';
import { declineInvitation } from '../../use-cases/registration/decline-invitation.ts';
import { findParticipantPageStamp, getParticipantPage, getParticipantPageOf } from '../../use-cases/registration/get-participant-page.ts';
import { withdrawConsents } from '../../use-cases/registration/withdraw-consents.ts';
import { reconfirmInvitation } from '../../use-cases/lifecycle/reconfirm-invitation.ts';
import { fieldErrorsFrom } from '../../web/form-errors.ts';
import { consentFieldName, parseConsentsShown } from '../../web/pages/personal-data/participant-consents.tsx';
import { renderPage } from '../../web/layout.tsx';
import { ParticipantPage, WithdrawnInvitationPage, participantNotices, type ParticipantFormState, type ParticipantNotice } from '../../web/pages/participant-page.tsx';
import type { AppContext } from '../app.ts';
import { anonymousPageContext, languageOf, pageContext } from '../page-context.ts';
import { currentBranding } from '../../use-cases/branding/current-branding.ts';
import { createParticipantPages } from '../participant-pages.ts';
import { createPageCache } from '../page-cache.ts';
import { sessionCookie } from '../access.ts';
import { formValues, sendPage } from './admin-form-handling.ts';
import { tokenRateLimit } from './api-registration.routes.ts';
import { readParams } from '../route-params.ts';

const tokenParams = z.object({ token: z.string().min(16).max(200) });
const withdrawForm = z.object({ kind: z.string().regex(/^[\w-]{1,100}$/) });
const answerForm = z.object({
  diet: z.string().trim().max(1000).optional(),
  accessibility: z.string().trim().max(1000).optional(),
  consentPhotos: z.string().optional(),
  consentsShown: z.string().max(4000).optional(),
});

/**
 * The consents an answer gives or withdraws: each kind the form showed, ticked or not, with the
 * version of the words shown. A form that does not say what it showed (an older page) answers photos only.
 */
function consentsOf(values: Record<string, string>): Pick<AnswerInput, 'consents' | 'consentVersions'> {
  const shown = parseConsentsShown(values.consentsShown);
  if (shown.length === 0) return { consents: { photos: values.consentPhotos === 'on' } };
  return {
    consents: Object.fromEntries(shown.map(({ kind }) => [kind, values[consentFieldName(kind)] === 'on'])),
    consentVersions: Object.fromEntries(shown.map(({ kind, version }) => [kind, version])),
  };
}

export async function registerParticipantRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const tokenOf = (request: FastifyRequest) => readParams(tokenParams, request).token;
  const config = tokenRateLimit;
  // Pages for visitors without a session: rendered from one template per shape of the answer
  // (participantPages), then kept per link and stamp (personalPages) with only the CSRF token filled
  // in per request.
  const participantPages = createParticipantPages(deps.tokens.newToken());
  const personalPages = createPageCache(deps.tokens.newToken(), 1000);

  async function show(request: FastifyRequest, reply: FastifyReply, options: { notice?: ParticipantNotice; state?: ParticipantFormState; status?: number } = {}) {
    const token = tokenOf(request);
    if (!options.state && !request.cookies[sessionCookie] && /^[\w-]+$/.test(token)) {
      // Shown again from memory while its stamp stands: one read decides it.
      const { invitation, stamp } = await findParticipantPageStamp(deps, token);
      const brand = await currentBranding(deps);
      const lang = languageOf(request, reply);
      // One page kept per link, language and notice: a new stamp renders it anew in the old one's place.
      const key = `${token} ${lang} ${options.notice ?? ''}`;
      const { html, hit } = await personalPages.get(key, async () => {
        // The page's context only when it is rendered: a kept page needs none (~1 % of a hit's time).
        const ctx = { ...anonymousPageContext(request, reply, personalPages.csrfPlaceholder, brand), lang, path: participantPath(token) };
        const page = await getParticipantPageOf(deps, invitation);
        if ('withdrawn' in page) return renderPage(WithdrawnInvitationPage({ ctx, summit: page.summit, contact: page.contact }));
        const shared = await participantPages.render(ctx, token, page, options.notice, () => personalPages.csrfPlaceholder);
        return shared!.toString('utf8');
      }, () => reply.csrfToken(), `${brand.version} ${stamp}`);
      reply.header('x-samskab-cache', hit ? 'hit' : 'miss');
      return sendPage(reply, html, options.status ?? 200);
    }
    const page = await getParticipantPage(deps, token);
    const ctx = await pageContext(deps, request, reply);
    ctx.path = participantPath(token);
    if ('withdrawn' in page) return sendPage(reply, renderPage(WithdrawnInvitationPage({ ctx, summit: page.summit, contact: page.contact })), 200);
    const view = { base: participantPath(token), ...page };
    return sendPage(reply, renderPage(ParticipantPage({ ctx, view, notice: options.notice, state: options.state })), options.status ?? 200);
  }

  app.get('/i/:token', { config }, async (request, reply) => {
    const notice = (request.query as Record<string, string | undefined>).notice;
    return show(request, reply, { notice: participantNotices.find((n) => n === notice) });
  });

  // The calendar entry to download; a GET that changes nothing, like the page itself.
  app.get('/i/:token/kalender.ics', { config }, async (request, reply) => {
    const token = tokenOf(request);
    const { invitation, summit } = await participantAccess(deps, token);
    const [file] = calendarAttachment(deps, summit, invitation, participantUrl(deps, token), summit.status === 'cancelled');
    if (!file || (invitation.status !== 'confirmed' && invitation.status !== 'pending')) throw new DomainError('not_found');
    return reply.header('content-disposition', 'attachment; filename="topmoede.ics"').type(file.contentType).send(file.content);
  });

  app.post('/i/:token/reconfirm', { config, preHandler: app.csrfProtection }, async (request, reply) => {
    const token = tokenOf(request);
    try {
      await reconfirmInvitation(deps, token);
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const ctx = await pageContext(deps, request, reply);
      return show(request, reply, { state: { values: {}, errors: {}, general: [ctx.t.errors.codes[error.code] ?? ''] }, status: 409 });
    }
    return reply.redirect(`${participantPath(token)}?notice=reconfirmed`, 303);
  });

  async function answer(request: FastifyRequest, reply: FastifyReply, action: (token: string, input: AnswerInput) => Promise<unknown>, notice: ParticipantNotice) {
    const token = tokenOf(request);
    const values = formValues(request.body);
    const parsed = answerForm.safeParse(values);
    if (!parsed.success) {
      const ctx = await pageContext(deps, request, reply);
      const p = ctx.t.registration.participant;
      return show(request, reply, { state: { values, errors: fieldErrorsFrom(parsed.error.issues, ctx.t, { diet: p.diet, accessibility: p.accessibility }), general: [] }, status: 422 });
    }
    const input: AnswerInput = {
      needs: { diet: parsed.data.diet ?? '', accessibility: parsed.data.accessibility ?? '' }, ...consentsOf(values),
      language: languageOf(request, reply),
    };
    try {
      await action(token, input);
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const ctx = await pageContext(deps, request, reply);
      // New words are shown unticked: the person has not seen them yet.
      if (error.code === 'consent_wording_changed' && typeof error.details.consent === 'string') delete values[consentFieldName(error.details.consent)];
      return show(request, reply, { state: { values, errors: {}, general: [ctx.t.errors.codes[error.code] ?? ctx.t.errors.codes.validation_failed!] }, status: 409 });
    }
    return reply.redirect(`${participantPath(token)}?notice=${notice}`, 303);
  }

  app.post('/i/:token/accept', { config, preHandler: app.csrfProtection }, (request, reply) =>
    answer(request, reply, (token, input) => acceptInvitation(deps, token, input), 'accepted'));
  app.post('/i/:token/details', { config, preHandler: app.csrfProtection }, (request, reply) =>
    answer(request, reply, (token, input) => updateAnswerDetails(deps, token, input), 'saved'));
  app.post('/i/:token/decline', { config, preHandler: app.csrfProtection }, async (request, reply) => {
    const token = tokenOf(request);
    try {
      await declineInvitation(deps, token, languageOf(request, reply));
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const ctx = await pageContext(deps, request, reply);
      return show(request, reply, { state: { values: {}, errors: {}, general: [ctx.t.errors.codes[error.code] ?? ''] }, status: 409 });
    }
    return reply.redirect(`${participantPath(token)}?notice=declined`, 303);
  });

  // Withdraws one consent (the button pressed), whatever the invitation's status: the one way a
  // person no longer taking part changes anything here, and it can only take away.
  app.post('/i/:token/consents/withdraw', { config, preHandler: app.csrfProtection }, async (request, reply) => {
    const token = tokenOf(request);
    const parsed = withdrawForm.safeParse(formValues(request.body));
    if (!parsed.success) throw new DomainError('validation_failed');
    try {
      await withdrawConsents(deps, token, [parsed.data.kind], languageOf(request, reply));
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const ctx = await pageContext(deps, request, reply);
      return show(request, reply, { state: { values: {}, errors: {}, general: [ctx.t.errors.codes[error.code] ?? ''] }, status: 409 });
    }
    return reply.redirect(`${participantPath(token)}?notice=consentWithdrawn`, 303);
  });
}
