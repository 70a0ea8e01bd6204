// The participant's page behind the personal link /i/{token}: the summit, the answer (accept or
// decline), needs, the optional photo consent and the privacy notice. Opening it changes nothing.
import type { ComponentChildren } from 'preact';
import type { Invitation } from '../../domain/invitation.ts';
import type { Summit } from '../../domain/summit.ts';
import { CsrfField, ErrorSummary, TextArea, type FieldErrors } from '../form-fields.tsx';
import { formatDate, formatDateTime } from '../i18n/messages.ts';
import { Layout, type PageContext } from '../layout.tsx';
import { PrivacyNoticeLink } from './personal-data/privacy-notice-page.tsx';
import { ParticipantConsents, WithdrawConsents } from './personal-data/participant-consents.tsx';
import type { ParticipantConsent } from '../../use-cases/registration/get-participant-page.ts';

export interface ParticipantView {
  base: string;
  summit: Summit;
  invitation: Invitation;
  /** After a reschedule: '' (nothing asked), awaiting, reconfirmed or lost. */
  reconfirmState?: string;
  messages?: { subject: string; createdAt: string }[];
  /** The consents asked for and where the person's stand. */
  consents: ParticipantConsent[];
}

function LifecycleBlock({ ctx, view }: { ctx: PageContext; view: ParticipantView }) {
  const l = ctx.t.lifecycle.participant;
  const { summit, invitation, base } = view;
  if (summit.status === 'cancelled') {
    return (
      <div class="alert alert-error" role="status"><div class="alert-body">
        <p class="alert-heading">{l.cancelledHeading}</p>
        {summit.statusReason ? <p class="alert-text">{summit.statusReason}</p> : null}
      </div></div>
    );
  }
  if (summit.status === 'postponed') {
    return (
      <div class="alert alert-warning" role="status"><div class="alert-body">
        <p class="alert-heading">{l.postponedHeading}</p>
        {summit.tentativeDate ? <p class="alert-text">{ctx.t.lifecycle.expectedDate(summit.tentativeDate)}</p> : null}
        {summit.statusReason ? <p class="alert-text">{summit.statusReason}</p> : null}
      </div></div>
    );
  }
  if (invitation.status === 'confirmed' && view.reconfirmState === 'awaiting' && summit.reconfirmBy) {
    return (
      <section class="alert alert-info" aria-labelledby="reconfirm-heading"><div class="alert-body">
        <h2 class="alert-heading" id="reconfirm-heading">{l.reconfirmHeading}</h2>
        <p class="alert-text">{l.reconfirmText(formatDateTime(ctx.lang, summit.reconfirmBy))}</p>
        <form method="post" action={`${base}/reconfirm`}>
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button button-primary">{l.reconfirm}</button>
        </form>
      </div></section>
    );
  }
  if (invitation.status === 'confirmed' && view.reconfirmState === 'reconfirmed') return <p>{l.reconfirmed}</p>;
  return null;
}

export function SentMessages({ ctx, messages }: { ctx: PageContext; messages: { subject: string; createdAt: string }[] }) {
  const l = ctx.t.lifecycle.participant;
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">{l.messagesHeading}</h2>
      {messages.length === 0 ? <p>{l.noMessages}</p> : (
        <table class="table table--compact">
          <caption class="sr-only">{l.messagesCaption}</caption>
          <thead><tr><th scope="col">{l.sentAt}</th><th scope="col">{l.subject}</th></tr></thead>
          <tbody>{messages.map((m) => <tr><td>{formatDateTime(ctx.lang, m.createdAt)}</td><td>{m.subject}</td></tr>)}</tbody>
        </table>
      )}
    </section>
  );
}

export type ParticipantNotice = 'accepted' | 'declined' | 'saved' | 'reconfirmed' | 'consentWithdrawn';
export const participantNotices: readonly ParticipantNotice[] = ['accepted', 'declined', 'saved', 'reconfirmed', 'consentWithdrawn'];

/** Whether the invitation still takes answers (needs and consents given or withdrawn). */
export function takesAnswers(invitation: Pick<Invitation, 'status'>, summit: Pick<Summit, 'status'>): boolean {
  return (invitation.status === 'pending' || invitation.status === 'confirmed') && summit.status !== 'cancelled';
}

export interface ParticipantFormState { values: Record<string, string>; errors: FieldErrors; general: string[] }

/**
 * Parts the caller renders instead of the page: a page rendered once with stand-ins here (and in
 * the view's per-person texts) is the same for everyone with the same summit, language and answer.
 */
export interface ParticipantPageParts {
  /** The answer deadline as shown. */
  deadline?: string;
  /** What stands where the sent messages are listed. */
  messages?: ComponentChildren;
  /** What stands where the consents' checkboxes are, or on a closed page their withdraw buttons (they show the person's own consents). */
  consents?: ComponentChildren;
}

export function ParticipantPage({ ctx, view, notice, state, parts }: { ctx: PageContext; view: ParticipantView; notice?: ParticipantNotice; state?: ParticipantFormState; parts?: ParticipantPageParts }) {
  const p = ctx.t.registration.participant;
  const { summit, invitation, base } = view;
  const open = takesAnswers(invitation, summit);
  const errors = state?.errors ?? {};
  const value = (field: string, stored: string) => state?.values[field] ?? stored;
  return (
    <Layout ctx={ctx} title={p.title(summit.title)} personal>
      <h1>{p.title(summit.title)}</h1>
      {notice ? <div class="alert alert-success" role="status" tabindex={-1} data-notice><div class="alert-body"><p class="alert-text">{notice === 'reconfirmed' ? ctx.t.lifecycle.participant.reconfirmed : notice === 'consentWithdrawn' ? ctx.t.consent.participant.withdrawn : p[notice]}</p></div></div> : null}
      <p>{p.greeting(invitation.name)}</p>
      <dl class="samskab-facts">
        <dt>{p.when}</dt><dd>{summit.startsAt ? formatDateTime(ctx.lang, summit.startsAt) : p.dateMissing}</dd>
        {summit.venue ? <><dt>{p.where}</dt><dd>{summit.venue}</dd></> : null}
        <dt>{p.statusNow}</dt><dd class="samskab-status">{ctx.t.registration.statuses[invitation.status]}</dd>
      </dl>
      {summit.purpose ? <p>{summit.purpose}</p> : null}
      <LifecycleBlock ctx={ctx} view={view} />

      {invitation.status === 'pending' ? (
        <>
          <p>{p.invited}</p>
          {invitation.answerDeadline ? <p>{p.deadline(parts?.deadline ?? formatDate(ctx.lang, invitation.answerDeadline))}</p> : null}
        </>
      ) : invitation.status === 'confirmed' ? <><p>{p.confirmedText}</p><p><a href={`${base}/bord`}>{ctx.t.seating.view.link}</a></p><p><a href={`${base}/min-dag`}>{ctx.t.print.myDay.title}</a></p></>
        : <p>{p.closed[invitation.status]}</p>}

      {open ? (
        <>
          {state ? <ErrorSummary errors={errors} t={ctx.t} general={state.general} /> : null}
          <form method="post" action={`${base}/${invitation.status === 'pending' ? 'accept' : 'details'}`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <fieldset>
              <legend class="h2">{p.needsHeading}</legend>
              <TextArea name="diet" label={p.diet} value={value('diet', invitation.dietNeeds)} errors={errors} rows={2} />
              <TextArea name="accessibility" label={p.accessibility} value={value('accessibility', invitation.accessibilityNeeds)} errors={errors} rows={2} />
            </fieldset>
            <fieldset>
              <legend class="h2">{p.consentHeading}</legend>
              {parts?.consents ?? <ParticipantConsents ctx={ctx} consents={view.consents} values={state?.values} />}
              <PrivacyNoticeLink ctx={ctx} href={`${base}/privatliv`} />
            </fieldset>
            <button type="submit" class="button button-primary">{invitation.status === 'pending' ? p.accept : p.save}</button>
          </form>
          <form method="post" action={`${base}/decline`} class="samskab-decline">
            <CsrfField token={ctx.csrfToken} />
            <button type="submit" class="button button-secondary">{invitation.status === 'pending' ? p.decline : p.cancel}</button>
          </form>
        </>
      ) : <>
        {state ? <ErrorSummary errors={errors} t={ctx.t} general={state.general} /> : null}
        {parts?.consents ?? <WithdrawConsents ctx={ctx} base={base} consents={view.consents} />}
      </>}

      {open && summit.startsAt && (summit.status === 'published' || summit.status === 'draft')
        ? <p><a href={`${base}/kalender.ics`}>{ctx.t.lifecycle.participant.calendar}</a></p> : null}
      {parts?.messages ?? (view.messages ? <SentMessages ctx={ctx} messages={view.messages} /> : null)}

      <h2>{p.privacyHeading}</h2>
      <p>{p.privacy.kept}</p>
      <p>{p.privacy.why}</p>
      <p>{p.privacy.howLong(summit.retentionDays)}</p>
      <p>{p.privacy.rights}</p>
      <PrivacyNoticeLink ctx={ctx} href={`${base}/privatliv`} hint />
      <p class="samskab-muted">{p.linkPersonal}</p>
    </Layout>
  );
}

/** Behind every link of a withdrawn invitation: which summit, and whom to ask; nothing of the person. */
export function WithdrawnInvitationPage({ ctx, summit, contact }: { ctx: PageContext; summit: Summit; contact: { name: string; email: string } | null }) {
  const p = ctx.t.registration.participant;
  return (
    <Layout ctx={ctx} title={p.title(summit.title)}>
      <h1>{p.title(summit.title)}</h1>
      <p>{contact ? p.withdrawnContact(contact.name, contact.email) : p.withdrawnOrganiser(summit.organiser)}</p>
      <p class="samskab-muted">{p.linkPersonal}</p>
    </Layout>
  );
}
