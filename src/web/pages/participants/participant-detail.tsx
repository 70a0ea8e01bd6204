// /admin/summits/:id/participants/:invitationId: one person as the coordinator sees them: their
// data, needs and consent, their tables and arrival, the messages sent to them and their history.
import type { MailTold } from '../../../use-cases/outgoing-mail.ts';
import type { ParticipantDetail } from '../../../use-cases/participants/get-participant.ts';
import { formatDateTime } from '../../i18n/messages.ts';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, type FormState } from '../admin-shell.tsx';
import { ParticipantActionNotice, ParticipantActions } from './participant-actions.tsx';
import { ParticipantPersonalData } from './participant-personal-data.tsx';

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl class="samskab-facts">
      {rows.map(([term, value]) => <><dt>{term}</dt><dd>{value}</dd></>)}
    </dl>
  );
}

/** Every consent of the person's register: what they consented to, in which words and version, and when. */
function ParticipantConsents({ ctx, detail }: { ctx: PageContext; detail: ParticipantDetail }) {
  const c = ctx.t.consent.person;
  const names = ctx.t.consent.admin.builtInNames;
  const when = (iso: string | null) => (iso ? formatDateTime(ctx.lang, iso) : '');
  return (
    <section aria-labelledby="consents-heading">
      <h2 id="consents-heading">{c.heading}</h2>
      {detail.consents.length === 0 ? <p>{c.none}</p> : (
        <div class="table--responsive-scroll" tabindex={0} role="region" aria-label={c.caption}>
          <table class="table table--compact" id="person-consents">
            <caption class="sr-only">{c.caption}</caption>
            <thead><tr><th scope="col">{c.kind}</th><th scope="col">{c.state}</th><th scope="col">{c.version}</th><th scope="col">{c.givenAt}</th><th scope="col">{c.withdrawnAt}</th><th scope="col">{c.wording}</th></tr></thead>
            <tbody>
              {detail.consents.map((r) => (
                <tr>
                  <td>{r.label ? r.label[ctx.lang] : names[r.kind] ?? r.kind}</td>
                  <td>{r.withdrawnAt ? c.withdrawn : r.current ? c.given : c.outdated}</td>
                  <td>{r.version}</td>
                  <td>{when(r.givenAt)}</td>
                  <td>{when(r.withdrawnAt)}</td>
                  <td lang={r.language}>{r.wording}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ParticipantDetailPage({ ctx, detail, state, done, told }: { ctx: PageContext; detail: ParticipantDetail; state?: FormState; done?: string; told?: MailTold | undefined }) {
  const p = ctx.t.participants;
  const d = p.person;
  const { invitation } = detail;
  const when = (iso: string | null) => (iso ? formatDateTime(ctx.lang, iso) : '');
  const actorName = (actor: string) => d.actors[actor.split(':')[0]!] ?? actor;
  return (
    <AdminPage ctx={ctx} title={invitation.name} summit={detail.summit} section="participants" state={state}>
      <ParticipantActionNotice ctx={ctx} done={done} told={told} />
      <p><a href={`/admin/summits/${detail.summit.id}/participants`}>{d.back}</a></p>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{d.details}</h2>
        <Facts rows={[
          [p.status, ctx.t.registration.statuses[invitation.status] ?? invitation.status],
          [p.email, invitation.email],
          ...(invitation.phone ? [[d.phone, invitation.phone] as [string, string]] : []),
          [p.group, detail.group.name],
          ...(detail.organisation ? [[p.organisation, detail.organisation.name] as [string, string]] : []),
          ...(detail.area ? [[p.area, detail.area.name] as [string, string]] : []),
          ...(invitation.invitedAt ? [[d.invitedAt, when(invitation.invitedAt)] as [string, string]] : []),
          ...(invitation.answerDeadline && invitation.status === 'pending' ? [[d.deadline, when(invitation.answerDeadline)] as [string, string]] : []),
          ...(invitation.answeredAt ? [[d.answeredAt, when(invitation.answeredAt)] as [string, string]] : []),
        ]} />
      </section>
      <ParticipantActions ctx={ctx} detail={detail} state={state} />
      <section aria-labelledby="needs-heading">
        <h2 id="needs-heading">{d.needsHeading}</h2>
        <Facts rows={[
          [d.dietNeeds, invitation.dietNeeds.trim() || d.noneGiven],
          [d.accessibilityNeeds, invitation.accessibilityNeeds.trim() || d.noneGiven],
          [d.consentPhotos, `${invitation.consentPhotos ? d.photosYes : d.photosNo}${invitation.consentChangedAt ? ` (${d.consentChanged(when(invitation.consentChangedAt))})` : ''}`],
        ]} />
      </section>
      <ParticipantConsents ctx={ctx} detail={detail} />
      <section aria-labelledby="tables-heading">
        <h2 id="tables-heading">{d.tablesHeading}</h2>
        {detail.tables.length === 0 ? <p>{d.noPlan}</p> : <ul>{detail.tables.map((t) => <li>{d.roundTable(t.round, t.table)}</li>)}</ul>}
        <p>{detail.checkedInAt ? d.checkedIn(when(detail.checkedInAt)) : d.notCheckedIn}</p>
      </section>
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{d.messagesHeading}</h2>
        {detail.messages.length === 0 ? <p>{d.noMessages}</p> : (
          <div class="table--responsive-scroll" tabindex={0}>
            <table class="table table--compact">
              <caption class="sr-only">{d.messagesHeading}</caption>
              <thead><tr><th scope="col">{d.when}</th><th scope="col">{d.subject}</th><th scope="col">{d.to}</th><th scope="col">{p.status}</th></tr></thead>
              <tbody>
                {detail.messages.map((m) => (
                  <tr><td>{when(m.sentAt ?? m.createdAt)}</td><td>{m.subject}</td><td>{m.toAddress}</td><td>{d.messageStatus[m.status] ?? m.status}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ParticipantPersonalData ctx={ctx} detail={detail} />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{d.historyHeading}</h2>
        {detail.history.length === 0 ? <p>{d.noHistory}</p> : (
          <div class="table--responsive-scroll" tabindex={0}>
            <table class="table table--compact">
              <caption class="sr-only">{d.historyHeading}</caption>
              <thead><tr><th scope="col">{d.when}</th><th scope="col">{d.what}</th><th scope="col">{d.who}</th></tr></thead>
              <tbody>
                {detail.history.map((h) => <tr><td>{when(h.at)}</td><td>{d.actions[h.action] ?? h.action}</td><td>{actorName(h.actor)}</td></tr>)}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </AdminPage>
  );
}
