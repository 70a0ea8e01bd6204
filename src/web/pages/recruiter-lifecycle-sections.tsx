// Sections of the recruiter's page that come with the lifecycle: citizens' requests to the
// organisation, and who of its people has re-confirmed for a new date.
import type { InterestRequest } from '../../domain/interest-request.ts';
import type { ReconfirmationOverview } from '../../use-cases/lifecycle/get-reconfirmation-overview.ts';
import { CsrfField } from '../form-fields.tsx';
import { formatDateTime } from '../i18n/messages.ts';
import type { PageContext } from '../layout.tsx';
import { ScrollTable } from '../scroll-table.tsx';

export function InterestRequestsSection({ ctx, base, requests }: { ctx: PageContext; base: string; requests: InterestRequest[] }) {
  const l = ctx.t.lifecycle.recruiter;
  return (
    <section aria-labelledby="interest-requests-heading">
      <h2 id="interest-requests-heading">{l.interestHeading}</h2>
      {requests.length === 0 ? <p>{l.noInterest}</p> : (
        <ScrollTable label={l.interestCaption}><table class="table table--zebra">
          <caption class="sr-only">{l.interestCaption}</caption>
          <thead><tr><th scope="col">{l.name}</th><th scope="col">{l.message}</th><th scope="col">{l.status}</th><th scope="col"><span class="sr-only">{ctx.t.admin.actions}</span></th></tr></thead>
          <tbody>
            {requests.map((r) => (
              <tr>
                <th scope="row">{r.name}<br /><span class="samskab-muted">{r.email} · {formatDateTime(ctx.lang, r.createdAt)}</span></th>
                <td>{r.message || '–'}</td>
                <td>{l.statuses[r.status]}</td>
                <td>
                  {r.status === 'open' ? (
                    <div class="samskab-actions">
                      <form method="post" action={`${base}/interest/${r.id}/accept`}>
                        <CsrfField token={ctx.csrfToken} />
                        <button type="submit" class="button button-primary">{l.accept}<span class="sr-only"> {r.name}</span></button>
                      </form>
                      <form method="post" action={`${base}/interest/${r.id}/decline`}>
                        <CsrfField token={ctx.csrfToken} />
                        <label class="form-label" for={`decline-${r.id}`}>{l.declineMessage}</label>
                        <input class="form-input" id={`decline-${r.id}`} name="message" type="text" maxlength={2000} />
                        <button type="submit" class="button button-secondary">{l.decline}<span class="sr-only"> {r.name}</span></button>
                      </form>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table></ScrollTable>
      )}
    </section>
  );
}

export function ReconfirmationSection({ ctx, overview }: { ctx: PageContext; overview: ReconfirmationOverview }) {
  const l = ctx.t.lifecycle;
  if (!overview.reconfirmBy || overview.people.length === 0) return null;
  return (
    <section aria-labelledby="reconfirmation-heading">
      <h2 id="reconfirmation-heading">{l.recruiter.reconfirmHeading}</h2>
      <p>{l.dashboard.deadline(formatDateTime(ctx.lang, overview.reconfirmBy))}. {l.dashboard.counts(overview.counts)}</p>
      <ScrollTable label={l.recruiter.reconfirmCaption}><table class="table table--zebra table--compact">
        <caption class="sr-only">{l.recruiter.reconfirmCaption}</caption>
        <thead><tr><th scope="col">{l.dashboard.name}</th><th scope="col">{l.dashboard.state}</th></tr></thead>
        <tbody>{overview.people.map((p) => <tr><th scope="row">{p.name}</th><td>{l.dashboard.states[p.state]}</td></tr>)}</tbody>
      </table></ScrollTable>
    </section>
  );
}
