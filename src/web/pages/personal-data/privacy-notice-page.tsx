// A summit's public privacy notice, with the headings Datatilsynet expects: controller, DPO,
// purposes, legal basis, categories, recipients, retention, rights and the complaint. Details the
// municipality has not given are named as missing, never filled in.
import { linesOf, type DataController, type DataControllerField } from '../../../domain/personal-data/data-controller.ts';
import type { PrivacyNotice } from '../../../use-cases/personal-data/get-privacy-notice.ts';
import { formatDate } from '../../i18n/messages.ts';
import { Layout, type PageContext } from '../../layout.tsx';

/** The link to a summit's notice, for every page where people give data. */
export function PrivacyNoticeLink({ ctx, href, hint }: { ctx: PageContext; href: string; hint?: boolean }) {
  const p = ctx.t.privacyNotice;
  return (
    <p class="samskab-privacy-link">
      <a href={href}>{p.link}</a>{hint ? <span class="samskab-muted"> {p.linkHint}</span> : null}
    </p>
  );
}

export const privacyNoticePath = (slug: string) => `/topmoede/${slug}/privatliv`;

/** On a summit's coordinator page: the notice lacks the municipality's details, and where to give them. */
export function PrivacyDetailsWarning({ ctx, missing, slug }: { ctx: PageContext; missing: readonly DataControllerField[]; slug: string }) {
  if (!missing.length) return null;
  const p = ctx.t.privacyNotice;
  return (
    <div class="alert alert-warning" id="privacy-details-warning">
      <div class="alert-body">
        <p class="alert-heading">{p.settings.missingWarning}</p>
        <p class="alert-text">{missing.map((f) => p.fields[f]).join(', ')}.</p>
        <p class="alert-text"><a href="/admin/privatliv">{p.settings.missingLink}</a> · <a href={privacyNoticePath(slug)}>{p.settings.notice}</a></p>
      </div>
    </div>
  );
}

const mail = (address: string) => <a href={`mailto:${address}`}>{address}</a>;

/** Who the data controller is and how its data protection officer is reached; a missing detail says so. */
export function ControllerSections({ ctx, controller }: { ctx: PageContext; controller: DataController }) {
  const p = ctx.t.privacyNotice;
  const value = (field: DataControllerField) => controller[field] || <span class="samskab-muted">({p.notGiven})</span>;
  return (
    <>
      <section aria-labelledby="controller-heading">
        <h2 id="controller-heading">{p.controller.heading}</h2>
        <p>{p.controller.text}</p>
        <dl class="samskab-facts">
          <dt>{p.fields.municipality}</dt><dd>{value('municipality')}</dd>
          <dt>{p.controller.address}</dt><dd>{controller.address ? linesOf(controller.address).map((line, i) => <>{i ? <br /> : null}{line}</>) : value('address')}</dd>
          <dt>{p.controller.cvr}</dt><dd>{value('cvr')}</dd>
          <dt>{p.controller.email}</dt><dd>{controller.email ? mail(controller.email) : value('email')}</dd>
          {controller.phone ? <><dt>{p.controller.phone}</dt><dd>{controller.phone}</dd></> : null}
        </dl>
      </section>

      <section aria-labelledby="dpo-heading">
        <h2 id="dpo-heading">{p.dpo.heading}</h2>
        <p>{p.dpo.text}</p>
        <dl class="samskab-facts">
          {controller.dpoName ? <><dt>{p.dpo.name}</dt><dd>{controller.dpoName}</dd></> : null}
          <dt>{p.dpo.email}</dt><dd>{controller.dpoEmail ? mail(controller.dpoEmail) : value('dpoEmail')}</dd>
          {controller.dpoPhone ? <><dt>{p.dpo.phone}</dt><dd>{controller.dpoPhone}</dd></> : null}
        </dl>
      </section>
    </>
  );
}

/** The right to complain to Datatilsynet, with its address. */
export function ComplaintSection({ ctx }: { ctx: PageContext }) {
  const p = ctx.t.privacyNotice;
  const dt = p.datatilsynet;
  return (
    <section aria-labelledby="complaint-heading">
      <h2 id="complaint-heading">{p.complaint.heading}</h2>
      <p>{p.complaint.text}</p>
      <address class="samskab-datatilsynet">
        {dt.name}<br />{dt.address.map((line) => <>{line}<br /></>)}
        {p.complaint.phone}: {dt.phone}<br />
        {p.complaint.email}: {mail(dt.email)}<br />
        {p.complaint.web}: <a href={dt.web}>{dt.web.replace('https://', '')}</a>
      </address>
    </section>
  );
}

export function PrivacyNoticePage({ ctx, notice, personal }: { ctx: PageContext; notice: PrivacyNotice; personal?: boolean }) {
  const { lang } = ctx;
  const p = ctx.t.privacyNotice;
  const { controller, missing, summit } = notice;
  const kinds = notice.consentKinds.map((k) => p.consentKinds[k] ?? k).join(', ');
  return (
    <Layout ctx={ctx} title={p.title(summit.title)} personal={personal}>
      <h1>{p.title(summit.title)}</h1>
      <p class="font-lead">{p.intro(summit.title)}</p>
      {missing.length ? (
        <div class="alert alert-warning" role="status" id="privacy-missing">
          <div class="alert-body">
            <p class="alert-heading">{p.missingHeading}</p>
            <p class="alert-text">{p.missingText} {missing.map((f) => p.fields[f]).join(', ')}.</p>
          </div>
        </div>
      ) : null}

      <ControllerSections ctx={ctx} controller={controller} />

      <section aria-labelledby="purposes-heading">
        <h2 id="purposes-heading">{p.purposes.heading}</h2>
        <ul>{p.purposes.items.map((item) => <li>{item}</li>)}</ul>
      </section>

      <section aria-labelledby="basis-heading">
        <h2 id="basis-heading">{p.basis.heading}</h2>
        <p>{p.basis.task}</p>
        {kinds ? <p>{p.basis.consent(kinds)}</p> : null}
        {notice.addedConsents.length ? (
          <>
            <p>{p.basis.added}</p>
            <ul id="privacy-added-consents">{notice.addedConsents.map((w) => <li>{w[lang].label}</li>)}</ul>
          </>
        ) : null}
        <p>{p.basis.sensitive}</p>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{p.categories.heading}</h2>
        <ul>{p.categories.items.map((item) => <li>{item}</li>)}</ul>
        <p>{p.categories.source}</p>
      </section>

      <section aria-labelledby="recipients-heading">
        <h2 id="recipients-heading">{p.recipients.heading}</h2>
        <ul>{p.recipients.items.map((item) => <li>{item}</li>)}</ul>
        {linesOf(controller.recipients).length ? (
          <>
            <p>{p.recipients.more}</p>
            <ul id="privacy-recipients">{linesOf(controller.recipients).map((line) => <li>{line}</li>)}</ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">{p.retention.heading}</h2>
        <p id="privacy-retention">{p.retention.days(summit.retentionDays)}</p>
        {notice.purged ? <p>{p.retention.done}</p> : notice.retentionDueAt ? <p>{p.retention.due(formatDate(lang, notice.retentionDueAt))}</p> : null}
        <p>{p.retention.postpone}</p>
        <p>{p.retention.messages}</p>
        <p>{p.retention.anonymous}</p>
      </section>

      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading">{p.rights.heading}</h2>
        <ul>{p.rights.items.map((item) => <li>{item}</li>)}</ul>
        <p>{p.rights.how}</p>
        {controller.email || controller.dpoEmail ? (
          <p>{p.rights.write}: {[controller.email, controller.dpoEmail].filter(Boolean).map((a, i) => <>{i ? ', ' : null}{mail(a)}</>)}</p>
        ) : null}
      </section>

      <ComplaintSection ctx={ctx} />

      {controller.updatedAt ? <p class="samskab-muted">{p.updated(formatDate(lang, controller.updatedAt))}</p> : null}
    </Layout>
  );
}
