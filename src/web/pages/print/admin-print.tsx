// The coordinator's "Udskrifter": badges on the chosen sheet, one badge again, the outdated badges
// again, table cards with the facilitators' sheets, and the question of each round.
import { badgeLayouts, seatsLine } from '../../../domain/badge.ts';
import type { PrintOverview } from '../../../use-cases/print/get-print-overview.ts';
import { CsrfField, TextArea } from '../../form-fields.tsx';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';

export function AdminPrintPage({ ctx, view, saved, state }: { ctx: PageContext; view: PrintOverview; saved: boolean; state?: FormState }) {
  const p = ctx.t.print.admin;
  const base = `/admin/summits/${view.summit.id}/print`;
  const layoutChoice = (id: string) => (
    <fieldset class="form-group">
      <legend class="form-label">{p.layout}</legend>
      {badgeLayouts.map((layout, i) => (
        <div class="form-group-radio">
          <input class="form-radio" type="radio" name="layout" id={`${id}-${layout}`} value={layout} checked={i === 0} />
          <label for={`${id}-${layout}`}>{p.layouts[layout]}</label>
        </div>
      ))}
    </fieldset>
  );
  return (
    <AdminPage ctx={ctx} title={`${p.title} – ${view.summit.title}`} heading={p.title} summit={view.summit} section="print" saved={saved} state={state}>
      {view.published ? null : <div class="alert alert-info"><div class="alert-body"><p class="alert-text">{p.notPublished}</p></div></div>}

      <section aria-labelledby="badges-heading">
        <h2 id="badges-heading">{p.badges}</h2>
        <p>{p.badgesIntro}</p>
        <form method="get" action={`${base}/badges.pdf`}>
          {layoutChoice('all')}
          <button type="submit" class="button button-primary">{p.printBadges}</button>
        </form>
      </section>

      <section aria-labelledby="single-heading">
        <h2 id="single-heading">{p.single}</h2>
        {view.confirmed.length === 0 ? <p>{p.noConfirmed}</p> : (
          <form method="get" action={`${base}/badge.pdf`}>
            <div class="form-group">
              <label class="form-label" for="invitationId">{p.person}</label>
              <select class="form-select" id="invitationId" name="invitationId">
                {view.confirmed.map((person) => <option value={person.id}>{person.name}</option>)}
              </select>
            </div>
            {layoutChoice('one')}
            <button type="submit" class="button button-secondary">{p.printOne}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="outdated-heading">
        <h2 id="outdated-heading">{p.outdated}</h2>
        {view.outdated.length === 0 ? <p>{p.noOutdated}</p> : (
          <>
            <p>{p.outdatedIntro}</p>
            <div class="table--responsive-scroll">
              <table class="table table--compact">
                <caption class="sr-only">{p.outdated}</caption>
                <thead><tr><th scope="col">{p.person}</th><th scope="col">{p.printed}</th><th scope="col">{p.now}</th></tr></thead>
                <tbody>
                  {view.outdated.map((b) => <tr><td>{b.name}</td><td>{seatsLine(b.printed) || '–'}</td><td>{seatsLine(b.current) || '–'}</td></tr>)}
                </tbody>
              </table>
            </div>
            <p><a class="button button-primary" href={`${base}/badges.pdf?outdated=true`}>{p.reprintOutdated}</a></p>
          </>
        )}
      </section>

      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">{p.tableCards}</h2>
        <p>{p.tableCardsIntro}</p>
        {view.published ? <p><a class="button button-primary" href={`${base}/table-cards.pdf`}>{p.printTableCards}</a></p> : null}
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{p.questions}</h2>
        <p>{p.questionsIntro}</p>
        <form method="post" action={`${base}/questions`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {Array.from({ length: view.rounds }, (_, r) => (
            <TextArea name={`question${r + 1}`} label={p.question(r + 1)} rows={2}
              value={valueOf(state, 'questions', `question${r + 1}`, view.questions[r] ?? '')} errors={errorsOf(state, 'questions')} />
          ))}
          <button type="submit" class="button button-primary">{p.saveQuestions}</button>
        </form>
      </section>
    </AdminPage>
  );
}
