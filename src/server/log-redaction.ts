// The server log holds no personal data: no participant, recruiter, survey or door link token (in
// a URL or a header), no email address, and no name, phone or token in a logged object. Requests
// are logged with the token segments of their URL replaced; error messages (a database's, say,
// which can quote the row it refused) lose addresses and tokens; pino's redact blanks the fields.
import type { FastifyServerOptions } from 'fastify';

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
