// "Min dag": what a participant needs on the day, on one printable page: when and where, their
// table in each round, the programme, the QR code of their check-in code for the door, and the
// contact list of those who consented to share their details (if they did too).
import type { MyDay } from '../../../use-cases/print/get-my-day.ts';
import { formatDateTime } from '../../i18n/messages.ts';
import { Layout, type PageContext } from '../../layout.tsx';

const timeFormats = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', timeStyle: 'short' }),
};

function ContactList({ ctx, contacts }: { ctx: PageContext; contacts: NonNullable<MyDay['contacts']> }) {
  const c = ctx.t.consent.contacts;
  return (
    <section aria-labelledby="my-day-contacts" id="contact-list">
      <h2 id="my-day-contacts" class="h3">{c.heading}</h2>
      {!contacts.shares ? <p>{c.notGiven}</p> : contacts.people.length === 0 ? <p>{c.none}</p> : (
        <>
          <p>{c.intro}</p>
          <div class="table--responsive-scroll" tabindex={0} role="region" aria-label={c.caption}>
            <table class="table table--compact">
              <caption class="sr-only">{c.caption}</caption>
              <thead><tr><th scope="col">{c.name}</th><th scope="col">{c.organisation}</th><th scope="col">{c.email}</th><th scope="col">{c.phone}</th></tr></thead>
              <tbody>
                {contacts.people.map((p) => (
                  <tr><td>{p.name}</td><td>{p.organisation}</td><td><a href={`mailto:${p.email}`}>{p.email}</a></td><td>{p.phone}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export function MyDayPage({ ctx, view, back }: { ctx: PageContext; view: MyDay; back: string }) {
  const m = ctx.t.print.myDay;
  const time = (iso: string) => timeFormats[ctx.lang].format(new Date(iso));
  return (
    <Layout ctx={ctx} title={m.title} personal>
      <link rel="stylesheet" href="/assets/print.css" />
      <p class="samskab-no-print"><a href={back}>{m.back}</a></p>
      <h1>{m.heading(view.summit.title)}</h1>
      <p class="my-day-name">{view.name}</p>
      <dl class="my-day-facts">
        <dt>{m.when}</dt>
        <dd>{view.summit.startsAt ? formatDateTime(ctx.lang, view.summit.startsAt) : m.dateMissing}</dd>
        {view.summit.venue ? <><dt>{m.where}</dt><dd>{view.summit.venue}</dd></> : null}
      </dl>
      {!view.confirmed ? <p>{m.notConfirmed}</p> : (
        <div class="my-day-columns">
          <section aria-labelledby="my-day-tables">
            <h2 id="my-day-tables" class="h3">{m.tables}</h2>
            {view.facilitator ? <p>{m.facilitator}</p> : null}
            {view.seats.length === 0 ? <p>{m.noPlan}</p> : (
              <ul class="nobullet-list my-day-seats">
                {view.seats.map((s) => <li><strong>{m.round(s.round)}:</strong> {m.table(s.table)}</li>)}
              </ul>
            )}
          </section>
          {view.qrSvg && view.code ? (
            <section aria-labelledby="my-day-door" class="my-day-door">
              <h2 id="my-day-door" class="h3">{m.door}</h2>
              <div class="my-day-qr" dangerouslySetInnerHTML={{ __html: view.qrSvg }} />
              <p class="my-day-code">{view.code.slice(0, 4)}-{view.code.slice(4)}</p>
              <p class="samskab-muted">{m.doorHelp}</p>
            </section>
          ) : null}
        </div>
      )}
      <section aria-labelledby="my-day-programme">
        <h2 id="my-day-programme" class="h3">{m.programme}</h2>
        {view.programme.length === 0 ? <p>{m.noProgramme}</p> : (
          <ul class="nobullet-list my-day-programme">
            {view.programme.map((item) => (
              <li>
                <span class="my-day-time">{time(item.startsAt)}–{time(item.endsAt)}</span>{' '}
                <strong>{item.title}</strong>
                {item.speakerName ? <span> · {item.speakerName}{item.speakerTitle ? `, ${item.speakerTitle}` : ''}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.contacts ? <ContactList ctx={ctx} contacts={view.contacts} /> : null}
      <p class="samskab-muted samskab-no-print">{m.print}</p>
    </Layout>
  );
}
