import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { demoPopulationNote } from '../../demo/holbaek-demo.ts';
import { getSummitOverview } from '../../use-cases/summit/get-summit-overview.ts';
import { renderPage } from '../../web/layout.tsx';
import { MessagePage } from '../../web/pages/message-page.tsx';
import { PublicSummitPage, type InterestFormState } from '../../web/pages/public-summit.tsx';
import { acceptsInterest } from '../../domain/interest-request.ts';
import { isDomainError } from '../../domain/errors.ts';
import type { Summit } from '../../domain/summit.ts';
import { submitInterestRequest } from '../../use-cases/lifecycle/submit-interest-request.ts';
import { findPublicSummit, listPublicSummits, publicPageVersion } from '../../use-cases/summit/find-public-summit.ts';
import { fieldErrorsFrom } from '../../web/form-errors.ts';
import type { FieldErrors } from '../../web/form-fields.tsx';
import type { PageContext } from '../../web/layout.tsx';
import { formValues } from './admin-form-handling.ts';
import { SummitListPage } from '../../web/pages/summit-list.tsx';
import type { AppContext } from '../app.ts';
import { anonymousPageContext, pageContext } from '../page-context.ts';
import { currentBranding } from '../../use-cases/branding/current-branding.ts';
import { createPageCache } from '../page-cache.ts';
import { sessionCookie } from '../access.ts';
import { staticTexts } from '../../web/static-texts.ts';
import { getInstallationPrivacy } from '../../use-cases/summit/get-installation-privacy.ts';
import { InstallationPrivacyPage } from '../../web/pages/personal-data/installation-privacy-page.tsx';

/** The public pages: what citizens read. Drafts are never public. */
const interestForm = z.object({
  areaId: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
  message: z.string().trim().max(2000).optional(),
  consent: z.literal('on'),
  website: z.string().max(500).optional(),
});

async function renderSummit(deps: AppContext['deps'], ctx: PageContext, summit: Summit, interest: Omit<InterestFormState, 'open'>) {
  const overview = await getSummitOverview(deps, summit.id);
  const open = acceptsInterest(summit.status) && overview.organisations.some((o) => o.kind === 'local_forum' && o.areaId);
  const view = { ...overview, populationNote: summit.isDemo ? demoPopulationNote : null, interest: { ...interest, open } };
  return renderPage(PublicSummitPage({ ctx, view }));
}

export async function registerPublicRoutes(app: FastifyInstance, { deps }: AppContext): Promise<void> {
  app.get('/', async (request, reply) => {
    const ctx = await pageContext(deps, request, reply);
    const summits = await listPublicSummits(deps);
    return reply.type('text/html').send(renderPage(SummitListPage({ ctx, summits })));
  });

  // The summit page as citizens see it, rendered once per version of the summit and language.
  const summitPages = createPageCache(`csrf-${deps.tokens.newToken()}`);
  app.get('/topmoede/:slug', { schema: { params: z.object({ slug: z.string().max(100) }) } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const address = `/topmoede/${slug}`;
    const plain = request.url === address || request.url === `${address}?tak=1`;
    if (plain && !request.cookies[sessionCookie]) {
      const page = await publicPageVersion(deps, slug);
      if (page) {
        const brand = await currentBranding(deps);
        const ctx = anonymousPageContext(request, reply, summitPages.csrfPlaceholder, brand);
        const { html, hit } = await summitPages.get(`${page.summitId}:${page.version}:${brand.version}:${ctx.lang}:${request.url}`, async () => {
          const summit = await findPublicSummit(deps, slug);
          // Not public: kept as empty, so the next request for this version answers at once too.
          return summit ? renderSummit(deps, ctx, summit, { sent: request.url !== address, values: {}, errors: {}, general: [] }) : '';
        }, () => reply.csrfToken());
        if (html.length) return reply.header('x-samskab-cache', hit ? 'hit' : 'miss').type('text/html; charset=utf-8').send(html);
      }
    }
    const ctx = await pageContext(deps, request, reply);
    const summit = await findPublicSummit(deps, slug);
    if (!summit) {
      return reply.status(404).type('text/html').send(renderPage(MessagePage({ ctx, title: ctx.t.errors.notFound, paragraphs: [] })));
    }
    const sent = (request.query as Record<string, unknown>).tak === '1';
    return reply.type('text/html').send(await renderSummit(deps, ctx, summit, { sent, values: {}, errors: {}, general: [] }));
  });

  app.post('/topmoede/:slug/interesse', {
    preHandler: app.csrfProtection,
    config: { rateLimit: { max: 10, timeWindow: '10 minutes' } },
    schema: { params: z.object({ slug: z.string().max(100) }) },
  }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const summit = await findPublicSummit(deps, slug);
    const ctx = await pageContext(deps, request, reply);
    if (!summit) {
      return reply.status(404).type('text/html').send(renderPage(MessagePage({ ctx, title: ctx.t.errors.notFound, paragraphs: [] })));
    }
    ctx.path = `/topmoede/${slug}`;
    const values = formValues(request.body);
    const parsed = interestForm.safeParse(values);
    const l = ctx.t.lifecycle.interest;
    let errors: FieldErrors = {};
    let general: string[] = [];
    if (parsed.success) {
      // A filled honeypot looks like success to the bot, and nothing is stored.
      if (parsed.data.website) return reply.redirect(`/topmoede/${slug}?tak=1#interesse`, 303);
      try {
        await submitInterestRequest(deps, summit.id, { ...parsed.data, consent: true, language: ctx.lang });
        return reply.redirect(`/topmoede/${slug}?tak=1#interesse`, 303);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        if (error.code === 'area_not_in_summit' || error.code === 'no_local_forum') errors = { areaId: ctx.t.errors.codes[error.code] };
        else general = [ctx.t.errors.codes[error.code] ?? ctx.t.errors.codes.validation_failed];
      }
    } else {
      errors = fieldErrorsFrom(parsed.error.issues, ctx.t, { areaId: l.area, name: l.name, email: l.email, message: l.message, consent: l.consent });
      if (errors.consent) errors.consent = ctx.t.errors.codes.consent_required;
      if (errors.areaId) errors.areaId = ctx.t.errors.invalidChoice;
    }
    const status = general.length && !Object.keys(errors).length ? 409 : 422;
    return reply.status(status).header('cache-control', 'no-store').type('text/html')
      .send(await renderSummit(deps, ctx, summit, { sent: false, values, errors, general }));
  });

  app.get('/tilgaengelighed', async (request, reply) => {
    const ctx = await pageContext(deps, request, reply);
    const text = staticTexts[ctx.lang].accessibility;
    return reply.type('text/html').send(renderPage(MessagePage({ ctx, title: text.title, paragraphs: text.paragraphs })));
  });

  app.get('/privatliv', async (request, reply) => {
    const ctx = await pageContext(deps, request, reply);
    return reply.type('text/html').send(renderPage(InstallationPrivacyPage({ ctx, privacy: await getInstallationPrivacy(deps) })));
  });
}
