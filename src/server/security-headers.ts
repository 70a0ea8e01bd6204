// The security headers of every response (content security policy, framing, referrer, HSTS, …).
// helmet writes them, but @fastify/helmet builds its middleware again on every request (parsing
// the policy each time, ~6 % of a cached page's cost). None of our headers depends on the request;
// only the logo a coordinator may set changes while the server runs. So helmet writes the set once
// per logo address, here, and each request gets the set for the address this server keeps.
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

type Middleware = ReturnType<typeof helmet>;

/** The origin of a logo on another site, for the content security policy; none for our own assets. */
const logoOrigin = (url: string | undefined): string[] => {
  if (!url?.startsWith('https://')) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
};

/**
 * helmet's options for every response, given where the municipality's logo lives: `logoUrl` from
 * the environment, `keptLogoUrl` as a coordinator set it on the settings page.
 */
export function securityHeaderOptions(logoUrl: string | undefined, keptLogoUrl: string | undefined): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...logoOrigin(logoUrl), logoOrigin(keptLogoUrl)[0] ?? "'self'"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
  };
}

/** The headers helmet sets with `options`, by lower-case name. */
export function securityHeaders(options: Readonly<HelmetOptions>): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      return response;
    },
    // helmet removes X-Powered-By, which Fastify never sets.
    removeHeader() {},
  };
  // A directive given as a function would be asked per request: ours are all plain values.
  const request = new Proxy({}, { get() { throw new Error('A security header must not depend on the request'); } });
  helmet(options)(request as Parameters<Middleware>[0], response as unknown as Parameters<Middleware>[1], (error?: unknown) => { if (error) throw error; });
  return Object.freeze(headers);
}

/**
 * Sets on every response the headers helmet gives with securityHeaderOptions, as helmet on each
 * request would; `keptLogoUrl` is asked per request and the set is written again when it changed.
 */
export function registerSecurityHeaders(app: FastifyInstance, logoUrl: string | undefined, keptLogoUrl: () => string | undefined): void {
  let kept = keptLogoUrl();
  let headers = securityHeaders(securityHeaderOptions(logoUrl, kept));
  app.addHook('onRequest', (_request, reply, done) => {
    const now = keptLogoUrl();
    if (now !== kept) {
      headers = securityHeaders(securityHeaderOptions(logoUrl, now));
      kept = now;
    }
    reply.headers(headers);
    done();
  });
}
