// The environment, parsed once into a frozen, typed Config. Only main.ts and the CLI read process.env.
import { resolve } from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  SAMSKAB_DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Samskab <noreply@samskab.local>'),
  SAMSKAB_SEED_DEMO: z.enum(['true', 'false', '1', '0']).default('true'),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  SAMSKAB_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  SAMSKAB_MUNICIPALITY: z.string().trim().min(1).max(100).optional(),
  SAMSKAB_LOGO_URL: z.string().regex(/^(\/assets\/[\w./-]+|https:\/\/\S+)$/, 'a path under /assets/ or an https address').optional(),
  SAMSKAB_PRIMARY_COLOUR: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb').optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly publicUrl: string;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly seedDemo: boolean;
  readonly logLevel: string;
  /** Cookies get the Secure flag when the public URL is https. */
  readonly secureCookies: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits are per address). */
  readonly trustProxy: boolean;
  /** The municipality in every page's header; what is unset falls back to the demo's. */
  readonly branding: { municipality?: string; logoUrl?: string; primaryColour?: string };
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: resolve(e.SAMSKAB_DATA_DIR),
    publicUrl,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    seedDemo: e.SAMSKAB_SEED_DEMO === 'true' || e.SAMSKAB_SEED_DEMO === '1',
    logLevel: e.SAMSKAB_LOG_LEVEL,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    branding: Object.freeze({
      ...(e.SAMSKAB_MUNICIPALITY ? { municipality: e.SAMSKAB_MUNICIPALITY } : {}),
      ...(e.SAMSKAB_LOGO_URL ? { logoUrl: e.SAMSKAB_LOGO_URL } : {}),
      ...(e.SAMSKAB_PRIMARY_COLOUR ? { primaryColour: e.SAMSKAB_PRIMARY_COLOUR.toLowerCase() } : {}),
    }),
  });
}
