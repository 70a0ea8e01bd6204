import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { brandingOf, demoBranding, type Branding } from './branding.ts';
import type { Language, Messages } from './i18n/messages.ts';

export interface PageContext {
  lang: Language;
  t: Messages;
  /** The current path, for the language switch. */
  path: string;
  csrfToken: string;
  coordinator?: { email: string; name: string } | undefined;
  /** The municipality in the header; the demo's when unset. */
  brand?: Branding | undefined;
  /** On a summit's coordinator pages: its personal data is deleted within 14 days, at `dueAt`. */
  retentionDue?: { summitId: string; dueAt: string } | undefined;
}

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  /** Breadcrumb-like heading of the coordinator area. */
  wide?: boolean;
  /** A page reached by a personal link (participant, recruiter, helper): no "Log ind" for staff. */
  personal?: boolean;
}

function languageHref(path: string, lang: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang);
  return url.pathname + url.search;
}

export function Layout({ ctx, title, children, personal }: LayoutProps) {
  const { t } = ctx;
  const brand = ctx.brand ?? brandingOf(undefined);
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t.appName}`}</title>
        <link rel="stylesheet" href="/assets/dkfds/css/dkfds.min.css" />
        <link rel="stylesheet" href="/assets/app.css" />
        <link rel="stylesheet" href={`/brand.css?v=${brand.version ?? 0}`} />
        {/* The municipality's own logo as the icon once one is set here; Samskab's otherwise. */}
        {brand.logoUrl !== demoBranding.logoUrl && brand.logoUrl.startsWith('/')
          ? <link rel="icon" href={brand.logoUrl} />
          : <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />}
        <script src="/assets/dkfds/js/dkfds.min.js" defer></script>
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <a class="skipnav" href="#main-content">{t.skipToContent}</a>
        <header class="header">
          <div class="portal-info">
            <div class="portal-info-inner container">
              <a href="/" class="samskab-municipality">
                <img src={brand.logoUrl} alt="" width="40" height="40" />
                <span>{brand.municipality}</span>
              </a>
              <nav class="samskab-topnav" aria-label={ctx.lang === 'da' ? 'Hovedmenu' : 'Main menu'}>
                <ul class="nobullet-list samskab-topnav-list">
                  <li><a href="/">{t.nav.summits}</a></li>
                  {ctx.coordinator ? <li><a href="/admin">{ctx.lang === 'da' ? 'Koordinator' : 'Coordinator'}</a></li> : null}
                  <li><a href={languageHref(ctx.path, t.otherLanguage.lang)} lang={t.otherLanguage.lang} hreflang={t.otherLanguage.lang}>{t.otherLanguage.label}</a></li>
                  {personal && !ctx.coordinator ? null : <li>
                    {ctx.coordinator
                      ? (
                        <form method="post" action="/logout" class="samskab-inline-form">
                          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                          <button type="submit" class="button button-tertiary">{t.nav.logout}</button>
                        </form>
                      )
                      : <a href="/login">{t.nav.login}</a>}
                  </li>}
                </ul>
              </nav>
            </div>
          </div>
          <div class="solution-info">
            <div class="solution-info-inner container">
              <div class="solution-heading"><a href="/">{t.appName}</a></div>
            </div>
          </div>
        </header>
        <main id="main-content" class="container samskab-main" tabindex={-1}>
          {children}
        </main>
        <footer>
          <div class="footer">
            <div class="container">
              <p>{t.footer.about}</p>
              <ul class="nobullet-list">
                <li><a href="/tilgaengelighed">{t.nav.accessibility}</a></li>
                <li><a href="/privatliv">{t.nav.privacy}</a></li>
              </ul>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}

export function renderPage(vnode: preact.VNode): string {
  return '<!doctype html>' + renderToString(vnode);
}

/** Part of a page, as HTML to place into a page rendered before. */
export function renderFragment(vnode: preact.VNode): string {
  return renderToString(vnode);
}

/**
 * `text` as the renderer writes it, in text and in attribute values alike (it encodes exactly
 * these three characters), so a value filled into a page rendered before reads as rendered with it.
 */
export function escapeText(text: string): string {
  return text.replace(/["&<]/g, (ch) => (ch === '"' ? '&quot;' : ch === '&' ? '&amp;' : '&lt;'));
}
