// The server log holds no personal data: no participant, recruiter, survey or door link token (in
// a URL or a header), no email address, and no name, phone or token in a logged object. Requests
// are logged with the token segments of their URL replaced; error messages (a database's, say,
// which can quote the row it refused) lose addresses and tokens; pino's redact blanks the fields.
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'fastify/types/logger.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const tokenLike = /^[A-Za-z0-9_-]{20,}$/;
const email = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[A-Za-z]{2,}/g;
const tokenInText = /\/(i|r|s|checkin|invitations|recruiter|survey)\/[A-Za-z0-9_-]{16,}/g;

/** A URL with every path segment that looks like a token (long, URL-safe, not an id) replaced. */
export function redactUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const redacted = path.split('/').map((segment) => (tokenLike.test(segment) && !uuid.test(segment) ? '[token]' : segment)).join('/');
  return query === undefined ? redacted : `${redacted}?[query]`;
}

/** A text (an error message) without email addresses or link tokens. */
export function redactText(text: string): string {
  return text.replace(email, '[e-mail]').replace(tokenInText, '/$1/[token]');
}

/** Fastify's logger options at a level: the serializers and redaction above. */
export function redactedLogger(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.email', '*.name', '*.phone', '*.token', '*.toAddress', '*.bodyText'],
      censor: '[fjernet]',
    },
    serializers: {
      req: (request: { method: string; url: string; hostname?: string; ip?: string }) => ({ method: request.method, url: redactUrl(request.url), hostname: request.hostname }),
      err: (error: Error & { code?: unknown; statusCode?: unknown }) => ({
        type: error.name, message: redactText(error.message), code: error.code, statusCode: error.statusCode,
        stack: redactText(error.stack ?? ''),
      }),
    },
  };
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
const levels: readonly Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/**
 * Fastify's childLoggerFactory: each request's logger (bound to its request id) made only when
 * the request logs something its level lets through. Making a pino child with redaction costs
 * about 3 µs, a few per cent of a page served from memory, and at the server's usual level of
 * "error" almost no request logs at all. A logger with a level of its own (a route's logLevel)
 * is made at once.
 */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  // Pino says which levels it lets through; a logger that cannot say gets its child at once.
  const isLevelEnabled = (logger as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled?.bind(logger);
  if (options.level !== undefined || !isLevelEnabled) return logger.child(bindings, options);
  let child: FastifyBaseLogger | undefined;
  const made = () => child ??= logger.child(bindings, options);
  const lazy = {
    get level() { return child?.level ?? logger.level; },
    set level(level: string) { made().level = level; },
    silent: () => undefined,
    child: (more: Bindings, moreOptions?: ChildLoggerOptions) => made().child(more, moreOptions),
  } as Record<string, unknown>;
  for (const level of levels) {
    lazy[level] = (...args: unknown[]) => {
      if (child || isLevelEnabled(level)) (made()[level] as (...a: unknown[]) => void)(...args);
    };
  }
  return lazy as unknown as FastifyBaseLogger;
}
