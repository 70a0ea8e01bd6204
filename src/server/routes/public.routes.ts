import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { demoPopulationNote } from '../../demo/holbaek-demo.ts';
import { getSummitOverview } from '../../use-cases/get-summit-overview.ts';
import { renderPage } from '../../web/layout.tsx';
import { MessagePage } from '../../web/pages/message-page.tsx';
import { PublicSummitPage } from '../../web/pages/public-summit.tsx';
import { SummitListPage } from '../../web/pages/summit-list.tsx';
import type { AppContext } from '../app.ts';
import { pageContext } from '../page-context.ts';
import { staticTexts } from '../../web/static-texts.ts';

/** The public pages: what citizens read. Drafts are never public. */
export async function registerPublicRoutes(app: FastifyInstance, { deps }: AppContext): Promise<void> {
  app.get('/', async (request, reply) => {
    const ctx = await pageContext(deps, request, reply);
    const summits = (await deps.db.stores.summits.list()).filter((s) => s.status !== 'draft' && s.status !== 'archived');
    return reply.type('text/html').send(renderPage(SummitListPage({ ctx, summits })));
  });

  app.get('/topmoede/:slug', { schema: { params: z.object({ slug: z.string().max(100) }) } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const ctx = await pageContext(deps, request, reply);
    const summit = await deps.db.stores.summits.findBySlug(slug);
    if (!summit || summit.status === 'draft') {
      return reply.status(404).type('text/html').send(renderPage(MessagePage({ ctx, title: ctx.t.errors.notFound, paragraphs: [] })));
    }
    const overview = await getSummitOverview(deps, summit.id);
    const view = { ...overview, populationNote: summit.isDemo ? demoPopulationNote : null };
    return reply.type('text/html').send(renderPage(PublicSummitPage({ ctx, view })));
  });

  for (const [path, key] of [['/tilgaengelighed', 'accessibility'], ['/privatliv', 'privacy']] as const) {
    app.get(path, async (request, reply) => {
      const ctx = await pageContext(deps, request, reply);
      const text = staticTexts[ctx.lang][key];
      return reply.type('text/html').send(renderPage(MessagePage({ ctx, title: text.title, paragraphs: text.paragraphs })));
    });
  }
}
