import type { SummitOverview } from '../../use-cases/summit/get-summit-overview.ts';
import { paragraphsOf } from '../../domain/summit.ts';
import { formatDate, formatTimeRange } from '../i18n/messages.ts';
import { CheckboxField, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FieldErrors } from '../form-fields.tsx';
import { Layout, type PageContext } from '../layout.tsx';
import { ScrollTable } from '../scroll-table.tsx';
import { PrivacyNoticeLink, privacyNoticePath } from './personal-data/privacy-notice-page.tsx';

export interface PublicSummitView extends SummitOverview {
  /** Shown beside the populations when they are not official figures. */
  populationNote: string | null;
  interest: InterestFormState;
}

/** The citizens' interest form: open or not, what was typed, what is wrong, and whether it was sent. */
export interface InterestFormState {
  open: boolean;
  sent: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
  general: string[];
}

function StatusBlock({ ctx, view }: { ctx: PageContext; view: PublicSummitView }) {
  const { t } = ctx;
  const { summit } = view;
  if (summit.status === 'postponed' || summit.status === 'cancelled') {
    return (
      <div class={`alert ${summit.status === 'cancelled' ? 'alert-error' : 'alert-warning'}`} role="status">
        <div class="alert-body">
          <p class="alert-heading">{summit.status === 'cancelled' ? t.summitPage.cancelledHeading : t.lifecycle.postponedBadge}</p>
          {summit.status === 'postponed' && summit.tentativeDate ? <p class="alert-text">{t.lifecycle.expectedDate(summit.tentativeDate)}</p> : null}
          {summit.statusReason ? <p class="alert-text">{summit.statusReason}</p> : null}
        </div>
      </div>
    );
  }
  return null;
}

function InterestForm({ ctx, view }: { ctx: PageContext; view: PublicSummitView }) {
  const { t } = ctx;
  const l = t.lifecycle.interest;
  const { interest, areas, summit } = view;
  if (!interest.open) return <p id="interesse">{l.closed}</p>;
  const v = interest.values;
  return (
    <section aria-labelledby="interest-heading" id="interesse" class="samskab-interest">
      <h3 id="interest-heading">{l.heading}</h3>
      {interest.sent ? <div class="alert alert-success" role="status" tabindex={-1} data-notice><div class="alert-body"><p class="alert-text">{l.thanks}</p></div></div> : null}
      <p>{l.intro}</p>
      <PrivacyNoticeLink ctx={ctx} href={privacyNoticePath(summit.slug)} hint />
      <ErrorSummary errors={interest.errors} t={t} general={interest.general} />
      <form method="post" action={`/topmoede/${summit.slug}/interesse#interesse`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <SelectField name="areaId" label={l.area} value={v.areaId} errors={interest.errors}
          options={[{ value: '', label: l.chooseArea }, ...areas.map((a) => ({ value: a.id, label: a.name }))]} />
        <TextField name="name" label={l.name} value={v.name} errors={interest.errors} autocomplete="name" required />
        <TextField name="email" type="email" label={l.email} value={v.email} errors={interest.errors} autocomplete="email" required />
        <TextArea name="message" label={l.message} value={v.message} errors={interest.errors} rows={3} />
        <div class="samskab-honeypot">
          <label for="website">{l.honeypot}</label>
          <input type="text" id="website" name="website" tabindex={-1} autocomplete="off" value="" />
        </div>
        <CheckboxField name="consent" label={l.consent} checked={v.consent === 'on'} />
        {interest.errors.consent ? <p class="form-error-message" id="consent-error">{interest.errors.consent}</p> : null}
        <button type="submit" class="button button-primary">{l.submit}</button>
      </form>
    </section>
  );
}

export function PublicSummitPage({ ctx, view }: { ctx: PageContext; view: PublicSummitView }) {
  const { t, lang } = ctx;
  const { summit, groups, areas, organisations, programme } = view;
  const hasDate = summit.status !== 'postponed' && summit.status !== 'cancelled' && summit.startsAt;
  const forumFor = (areaId: string) => organisations.find((o) => o.areaId === areaId && o.kind === 'local_forum');
  const speakers = programme.filter((p) => p.speakerName);
  return (
    <Layout ctx={ctx} title={summit.title}>
      <h1>{summit.title}{summit.status === 'postponed' ? ` – ${t.summitPage.dateMissing.toLowerCase()}` : ''}</h1>
      <StatusBlock ctx={ctx} view={view} />
      <dl class="samskab-facts">
        <dt>{t.summitPage.status}</dt>
        <dd><span class={`samskab-status samskab-status-${summit.status}`}>{t.summitPage.publicStatus[summit.status]}</span></dd>
        <dt>{t.summitPage.when}</dt>
        <dd>{hasDate ? formatTimeRange(lang, summit.startsAt!, summit.endsAt) : t.summitPage.dateMissing}</dd>
        {summit.venue ? <><dt>{t.summitPage.where}</dt><dd>{summit.venue}</dd></> : null}
        <dt>{t.summitPage.participants}</dt>
        <dd>{groups.map((g) => g.name).join(', ')}</dd>
      </dl>

      {summit.purpose ? <p class="font-lead">{summit.purpose}</p> : null}
      {paragraphsOf(summit.description).map((paragraph) => <p>{paragraph}</p>)}

      {programme.length ? (
        <section aria-labelledby="programme-heading">
          <h2 id="programme-heading">{t.summitPage.programme}</h2>
          <ol class="samskab-programme">
            {programme.map((item) => (
              <li>
                {item.startsAt ? <span class="samskab-time">{item.startsAt}{item.endsAt ? `–${item.endsAt}` : ''} </span> : null}
                <strong>{item.title}</strong>
                {item.speakerName ? <span>: {item.speakerName}{item.speakerTitle ? `, ${item.speakerTitle}` : ''}</span> : null}
                {item.description ? <p>{item.description}</p> : null}
              </li>
            ))}
          </ol>
          {speakers.length ? (
            <>
              <h3>{t.summitPage.speakers}</h3>
              <ul>{speakers.map((s) => <li><strong>{s.speakerName}</strong>{s.speakerTitle ? `, ${s.speakerTitle}` : ''}</li>)}</ul>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t.summitPage.participants}</h2>
        <p>{t.summitPage.participantsIntro}</p>
        <p>{t.summitPage.capacity(summit.capacity)}</p>
        <ScrollTable label={`${t.summitPage.participants}: ${t.summitPage.capacity(summit.capacity)}`}><table class="table table--zebra">
          <caption class="sr-only">{t.summitPage.participants}</caption>
          <thead><tr><th scope="col">{t.summitPage.group}</th><th scope="col" class="samskab-number">{t.summitPage.seats}</th></tr></thead>
          <tbody>
            {groups.map((g) => (
              <tr><th scope="row">{g.name}{g.description ? <span class="samskab-muted"> ({g.description})</span> : null}</th><td class="samskab-number">{g.quota}</td></tr>
            ))}
          </tbody>
        </table></ScrollTable>
      </section>

      {areas.length ? (
        <section aria-labelledby="take-part-heading">
          <h2 id="take-part-heading">{t.summitPage.howToTakePart}</h2>
          <p>{t.summitPage.contactForum}</p>
          <ScrollTable label={t.summitPage.forum}><table class="table table--zebra">
            <caption class="sr-only">{t.summitPage.forum}</caption>
            <thead>
              <tr>
                <th scope="col">{t.summitPage.area}</th>
                <th scope="col">{t.summitPage.mainTown}</th>
                <th scope="col">{t.summitPage.forum}</th>
                <th scope="col" class="samskab-number">{t.summitPage.population}</th>
                <th scope="col" class="samskab-number">{t.summitPage.forumSeats}</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((area) => {
                const forum = forumFor(area.id);
                return (
                  <tr>
                    <th scope="row">{area.name}</th>
                    <td>{area.mainTown}</td>
                    <td>{forum?.name ?? `${t.summitPage.forum} ${area.name}`}</td>
                    <td class="samskab-number">{area.population.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB')}</td>
                    <td class="samskab-number">{forum?.quota ?? '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table></ScrollTable>
          {view.populationNote ? <p class="form-hint">{t.summitPage.demoFigures}</p> : null}
          <InterestForm ctx={ctx} view={view} />
        </section>
      ) : null}

      <hr />
      <dl class="samskab-facts samskab-colophon">
        <dt>{t.summitPage.lastUpdated}</dt><dd>{formatDate(lang, summit.updatedAt)}</dd>
        {summit.responsibleEditor ? <><dt>{t.summitPage.editor}</dt><dd>{summit.responsibleEditor}</dd></> : null}
        {summit.organiser ? <><dt>{t.summitPage.organiser}</dt><dd>{summit.organiser}</dd></> : null}
      </dl>
      <PrivacyNoticeLink ctx={ctx} href={privacyNoticePath(summit.slug)} />
    </Layout>
  );
}
