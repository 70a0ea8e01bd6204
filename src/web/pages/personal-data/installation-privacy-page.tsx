// /privatliv, linked from every page's footer: the installation's data controller and its data
// protection officer (the municipality's details, as every summit's notice gives them), what
// Samskab holds in general, a link to each public summit's own notice, and the complaint.
import type { InstallationPrivacy } from '../../../use-cases/summit/get-installation-privacy.ts';
import { formatDate } from '../../i18n/messages.ts';
import { Layout, type PageContext } from '../../layout.tsx';
import { ComplaintSection, ControllerSections, privacyNoticePath } from './privacy-notice-page.tsx';

export function InstallationPrivacyPage({ ctx, privacy }: { ctx: PageContext; privacy: InstallationPrivacy }) {
  const p = ctx.t.privacyNotice;
  const i = p.installation;
  const { controller, missing, summits } = privacy;
  return (
    <Layout ctx={ctx} title={i.title}>
      <h1>{i.title}</h1>
      <p class="font-lead">{i.intro(controller.municipality)}</p>
      {missing.length ? (
        <div class="alert alert-warning" role="status" id="privacy-missing">
          <div class="alert-body">
            <p class="alert-heading">{p.missingHeading}</p>
            <p class="alert-text">{p.missingText} {missing.map((f) => p.fields[f]).join(', ')}.</p>
          </div>
        </div>
      ) : null}

      <ControllerSections ctx={ctx} controller={controller} />

      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{i.generalHeading}</h2>
        {i.general.map((paragraph) => <p>{paragraph}</p>)}
      </section>

      <section aria-labelledby="summit-notices-heading">
        <h2 id="summit-notices-heading">{i.summitsHeading}</h2>
        <p>{i.summitsText}</p>
        {summits.length
          ? <ul id="summit-notices">{summits.map((s) => <li><a href={privacyNoticePath(s.slug)}>{p.title(s.title)}</a></li>)}</ul>
          : <p>{i.noSummits}</p>}
      </section>

      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading">{p.rights.heading}</h2>
        <ul>{p.rights.items.map((item) => <li>{item}</li>)}</ul>
        <p>{p.rights.how}</p>
      </section>

      <ComplaintSection ctx={ctx} />

      {controller.updatedAt ? <p class="samskab-muted">{p.updated(formatDate(ctx.lang, controller.updatedAt))}</p> : null}
    </Layout>
  );
}
