// The coordinator's settings page for the municipality's name, logo and primary colour
// (/admin/indstillinger, beside /admin/privatliv), and the uploaded logo itself, served to every
// visitor from what this server keeps in memory.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { BrandingField, BrandingProblem, LogoChange } from '../../../domain/branding/branding.ts';
import { isDomainError } from '../../../domain/errors.ts';
import { findUploadedLogo, getInstallationBranding } from '../../../use-cases/branding/current-branding.ts';
import { saveBranding } from '../../../use-cases/branding/save-branding.ts';
import type { FieldErrors } from '../../../web/form-fields.tsx';
import { renderPage, type PageContext } from '../../../web/layout.tsx';
import { AdminBrandingPage, logoChoices, type LogoChoice } from '../../../web/pages/branding/admin-branding.tsx';
import type { FormState } from '../../../web/pages/admin-shell.tsx';
import type { AppContext } from '../../app.ts';
import { coordinatorPage, savedFlag, sendPage } from '../admin-form-handling.ts';
import { parseMultipart } from '../admin-recruitment.routes.ts';

const page = '/admin/indstillinger';

/** A little over the largest logo, so a too large file is still read and refused in words. */
const bodyLimit = 1024 * 1024;

export async function registerAdminBrandingRoutes(app: FastifyInstance, { deps }: AppContext): Promise<void> {
  const show = async (ctx: PageContext, reply: FastifyReply, options: { saved?: boolean; state?: FormState; status?: number } = {}) =>
    sendPage(reply, renderPage(AdminBrandingPage({ ctx, view: { stored: await getInstallationBranding(deps), fallback: deps.branding ?? {} }, saved: options.saved ?? false, state: options.state })), options.status ?? 200);

  // The logo's address carries the settings' version, so it may be kept for a year: a new logo has a new address.
  app.get('/indstillinger/logo', { schema: { hide: true } }, async (request, reply) => {
    const logo = await findUploadedLogo(deps);
    if (!logo) return reply.status(404).type('text/plain').send('Not found');
    const asked = (request.query as Record<string, string | undefined>).v;
    return reply
      .header('content-type', logo.contentType)
      .header('cache-control', asked === String(logo.version) ? 'public, max-age=31536000, immutable' : 'no-cache')
      // An SVG opened on its own runs nothing and fetches nothing here.
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      .header('content-disposition', 'inline; filename="logo"')
      .send(Buffer.from(logo.bytes));
  });

  await app.register(async (scope) => {
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
      try {
        done(null, parseMultipart(body as Buffer, String(request.headers['content-type'] ?? '')));
      } catch (error) {
        done(error as Error, undefined);
      }
    });

    scope.get(page, async (request, reply) => {
      const admin = await coordinatorPage(deps, request, reply);
      if (!admin) return reply;
      return show(admin.ctx, reply, { saved: savedFlag(request) });
    });

    scope.post(page, { preHandler: scope.csrfProtection, bodyLimit }, async (request: FastifyRequest, reply) => {
      const admin = await coordinatorPage(deps, request, reply, page);
      if (!admin) return reply;
      const { ctx, coordinator } = admin;
      const body = (request.body ?? {}) as Record<string, string | { fileName: string; content: Buffer }>;
      const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, 2000) : '');
      const file = typeof body.logoFile === 'object' ? body.logoFile : undefined;
      const choice = (logoChoices as readonly string[]).includes(text('logoChoice')) ? text('logoChoice') as LogoChoice : 'keep';
      const values = { municipality: text('municipality'), primaryColour: text('primaryColour'), logoUrl: text('logoUrl'), logoChoice: choice };
      const b = ctx.t.branding;
      const refuse = (errors: FieldErrors) => show(ctx, reply, { state: { form: 'branding', values, errors, general: [] }, status: 422 });
      // A file chosen is an upload, whichever choice was left marked.
      const uploading = choice === 'upload' || (file !== undefined && file.content.length > 0);
      if (uploading && (!file || file.content.length === 0)) return refuse({ logo: `${b.logoHeading}: ${b.problems.logo_missing}` });
      const logo: LogoChange = uploading ? { kind: 'upload', bytes: new Uint8Array(file!.content) }
        : choice === 'url' ? { kind: 'url', url: values.logoUrl }
        : choice === 'remove' ? { kind: 'remove' } : { kind: 'keep' };
      try {
        await saveBranding(deps, coordinator, { municipality: values.municipality, primaryColour: values.primaryColour, logo });
        return reply.redirect(`${page}?saved=1`, 303);
      } catch (error) {
        if (!isDomainError(error) || error.code !== 'validation_failed') throw error;
        const labels: Record<BrandingField, string> = { municipality: b.municipality, primaryColour: b.colour, logo: b.logoHeading };
        const errors: FieldErrors = {};
        for (const field of Object.keys(labels) as BrandingField[]) {
          const problem = error.details[field] as BrandingProblem | undefined;
          if (problem) errors[field] = `${labels[field]}: ${b.problems[problem]}`;
        }
        return refuse(errors);
      }
    });
  });
}
