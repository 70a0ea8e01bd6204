// Builds the HTTP application without listening, so tests use app.inject() or a random port.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps, PlanRunner } from '../ports.ts';
import { answerFrameworkError, registerErrorHandling } from './error-handling.ts';
import { refuseUnstorableText } from './text-guard.ts';
import { requireResponseShapes } from './api-responses.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { csrfCookie, registerCsrfTokens } from './csrf-tokens.ts';
import { registerAdminRoutes } from './routes/admin.routes.ts';
import { registerAdminDashboardRoutes } from './routes/admin-dashboard.routes.ts';
import { brandingOf, brandStylesheet } from '../web/branding.ts';
import { currentBranding, keptLogoUrl } from '../use-cases/branding/current-branding.ts';
import { registerAdminBrandingRoutes } from './routes/branding/admin-branding.routes.ts';
import { registerApiLifecycleRoutes } from './routes/api-lifecycle.routes.ts';
import { registerAdminLifecycleRoutes } from './routes/admin-lifecycle.routes.ts';
import { registerAdminMessagesRoutes } from './routes/admin-messages.routes.ts';
import { registerAdminRecruitmentRoutes } from './routes/admin-recruitment.routes.ts';
import { registerApiRegistrationRoutes } from './routes/api-registration.routes.ts';
import { registerParticipantRoutes } from './routes/participant.routes.ts';
import { registerRecruiterRoutes } from './routes/recruiter.routes.ts';
import { registerApiSummitRoutes } from './routes/api-summits.routes.ts';
import { registerApiPrintRoutes } from './routes/api-print.routes.ts';
import { lazyChildLogger, redactedLogger } from './log-redaction.ts';
import { registerApiPersonalDataRoutes } from './routes/personal-data/api-personal-data.routes.ts';
import { registerApiDataControllerRoutes } from './routes/personal-data/api-data-controller.routes.ts';
import { registerAdminConsentKindRoutes } from './routes/personal-data/admin-consent-kinds.routes.ts';
import { registerAdminPersonalDataRoutes } from './routes/personal-data/admin-personal-data.routes.ts';
import { registerAdminSummitPersonalDataRoutes } from './routes/personal-data/admin-summit-personal-data.routes.ts';
import { registerPrivacyNoticeRoutes } from './routes/personal-data/privacy-notice.routes.ts';
import { registerMyDayRoutes } from './routes/my-day.routes.ts';
import { registerAdminPrintRoutes } from './routes/admin-print.routes.ts';
import { registerAuthRoutes } from './routes/auth.routes.ts';
import { registerPublicRoutes } from './routes/public.routes.ts';
import { registerSeatingRoutes } from './routes/seating.routes.ts';
import { registerCheckInPageRoutes } from './routes/check-in-page.routes.ts';
import { registerAdminParticipantRoutes } from './routes/participants/admin-participants.routes.ts';
import { registerAdminParticipantActionRoutes } from './routes/participants/admin-participant-actions.routes.ts';
import { registerAfterSummitRoutes } from './routes/after-summit/after-summit.routes.ts';

/** What the app is handed by composition.ts: it builds no adapter or worker of its own. */
export interface AppOptions {
  deps: Deps;
  /** Runs planning jobs; the app stops its jobs when it closes. */
  planRunner: PlanRunner;
  secureCookies: boolean;
  logLevel?: string;
  /** Where the log goes (standard output when absent); tests read it. */
  logStream?: NodeJS.WritableStream;
  trustProxy?: boolean;
  /** Extra route modules (later features register here). */
  routes?: ((app: FastifyInstance, context: AppContext) => Promise<void> | void)[];
}

export interface AppContext {
  deps: Deps;
  secureCookies: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const dkfdsDist = join(dirname(createRequire(import.meta.url).resolve('dkfds')), '..');

function locateDkfdsDist(): string {
  // The package's `exports` hides its subpaths; its main file lives in dist/js.
  return dkfdsDist.endsWith('dist') ? dkfdsDist : join(dkfdsDist, 'dist');
}

/**
 * The document's components: every named response shape (api-responses.ts). The zod provider adds
 * an input twin (…Input) of each, which describes nothing the API reads unless a route refers to it.
 */
const namedShapes: typeof jsonSchemaTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input);
  const schemas = 'components' in document ? document.components?.schemas : undefined;
  const paths = JSON.stringify(document.paths ?? {});
  for (const name of Object.keys(schemas ?? {})) {
    if (name.endsWith('Input') && !paths.includes(`"#/components/schemas/${name}"`)) delete schemas![name];
  }
  return document;
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel && options.logLevel !== 'silent' ? redactedLogger(options.logLevel, options.logStream) : false,
    childLoggerFactory: lazyChildLogger,
    // Only behind a known proxy: otherwise anyone could choose their address and dodge rate limits.
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 5 * 1024 * 1024,
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  requireResponseShapes(app);

  // A municipality's logo may live on its own web site: the environment's, or the one a
  // coordinator gave on the settings page (as this server last read it).
  registerSecurityHeaders(app, options.deps.branding?.logoUrl, () => keptLogoUrl(options.deps));
  // Every cookie is Secure when the public URL is https (the language cookie too), unless a
  // caller says otherwise.
  await app.register(cookie, { parseOptions: { secure: options.secureCookies } });
  await app.register(formbody);
  // The plugin checks the forms' tokens; deps.csrf makes them (reply.csrfToken()), in its format.
  const csrfCookieOptions = { path: '/', sameSite: 'lax', httpOnly: true, secure: options.secureCookies, signed: false } as const;
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: csrfCookie,
    cookieOpts: csrfCookieOptions,
    getToken: (request) => (request.body as Record<string, string> | undefined)?._csrf,
  });
  registerCsrfTokens(app, options.deps.csrf, csrfCookieOptions);
  await app.register(rateLimit, { global: false });
  await app.register(fastifyStatic, { root: locateDkfdsDist(), prefix: '/assets/dkfds/', maxAge: '1d' });
  await app.register(fastifyStatic, { root: join(here, '../web/assets'), prefix: '/assets/', decorateReply: false, maxAge: '1h' });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Samskab API', version: '1', description: 'Plan cross-sector summits: summits, groups, quotas, areas, organisations, recruitment and seating.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    hideUntagged: true,
    transform: jsonSchemaTransform,
    transformObject: namedShapes,
  });

  const context: AppContext = { deps: options.deps, secureCookies: options.secureCookies };
  registerErrorHandling(app, context);
  refuseUnstorableText(app);
  // The municipality's colour as dkfds' primary colour: a stylesheet, since the content security
  // policy allows no inline styles. Pages link it with the settings' version, so it may be kept long.
  const brandCss = new Map<number, string>();
  app.get('/brand.css', { schema: { hide: true } }, async (_request, reply) => {
    const branding = await currentBranding(options.deps);
    let css = brandCss.get(branding.version);
    if (css === undefined) {
      css = brandStylesheet(brandingOf(branding));
      brandCss.clear();
      brandCss.set(branding.version, css);
    }
    return reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css);
  });
  await registerPublicRoutes(app, context);
  await registerAuthRoutes(app, context);
  await registerApiSummitRoutes(app, context);
  await registerSeatingRoutes(app, context, options.planRunner);
  await registerApiRegistrationRoutes(app, context);
  await registerRecruiterRoutes(app, context);
  await registerParticipantRoutes(app, context);
  await registerAdminRecruitmentRoutes(app, context);
  await registerApiLifecycleRoutes(app, context);
  await registerAdminLifecycleRoutes(app, context);
  await registerAdminMessagesRoutes(app, context);
  await registerApiPrintRoutes(app, context);
  await registerApiPersonalDataRoutes(app, context);
  await registerApiDataControllerRoutes(app, context);
  await registerMyDayRoutes(app, context);
  await registerAdminPrintRoutes(app, context);
  await registerAdminRoutes(app, context);
  await registerAdminDashboardRoutes(app, context);
  await registerCheckInPageRoutes(app, context);
  await registerAdminParticipantRoutes(app, context);
  await registerAdminParticipantActionRoutes(app, context);
  await registerAdminPersonalDataRoutes(app, context);
  await registerAdminSummitPersonalDataRoutes(app, context);
  await registerAdminConsentKindRoutes(app, context);
  await registerPrivacyNoticeRoutes(app, context);
  await registerAdminBrandingRoutes(app, context);
  await registerAfterSummitRoutes(app, context);
  for (const routes of options.routes ?? []) await routes(app, context);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // /healthz: the process is up (for a liveness probe: never restart a server because the database
  // is away). /readyz: the database answers and is migrated (for a load balancer's readiness).
  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const state = await options.deps.db.readiness();
    const ready = state.databaseReachable && state.migrationsCurrent;
    return reply.status(ready ? 200 : 503).send({ ok: ready, ...state });
  });
  return app;
}
