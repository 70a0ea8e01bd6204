// /admin/summits/:id/seating ("Bordplan"): who is seated, the tables Samskab proposes, the
// coordinator's settings and rules, the button that starts planning, every version (compare,
// restore), a warning when the participants changed after publishing, and the day itself.
import type { PlanDifference, SeatingPlan } from '../../domain/seating-plan.ts';
import { participantLabel, type SeatingRosterEntry } from '../../domain/seating-roster.ts';
import type { SeatingOverview, SeatingPeople } from '../../use-cases/seating/get-seating-plan.ts';
import { CheckboxField, CsrfField, ErrorSummary, SelectField, TextField } from '../form-fields.tsx';
import { formatDateTime } from '../i18n/messages.ts';
import { escapeText, type PageContext } from '../layout.tsx';
import { Measures, seatingAssets } from './admin-seating-plan.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from './admin-shell.tsx';

const byName = new Intl.Collator('da');

// Every form that names a person types into a field that offers one list of the confirmed people
// (written once per page): six selects of every person made the page 350 KB at 650 people.
const peopleListId = 'seating-people';
function PeopleList({ roster }: { roster: readonly SeatingRosterEntry[] }) {
  const html = [...roster].sort((a, b) => byName.compare(a.name, b.name)).map((p) => `<option value="${escapeText(participantLabel(p))}"></option>`).join('');
  return <datalist id={peopleListId} dangerouslySetInnerHTML={{ __html: html }} />;
}

function PersonInput({ id, name, label, hint }: { id: string; name: string; label: string; hint: string }) {
  return (
    <div class="form-group">
      <label class="form-label" for={id}>{label}</label>
      <p class="form-hint" id={`${id}-hint`}>{hint}</p>
      <input class="form-input" type="text" id={id} name={name} list={peopleListId} autocomplete="off" required aria-describedby={`${id}-hint`} />
    </div>
  );
}

function RoundSelect({ id, name, label, rounds, all }: { id: string; name: string; label: string; rounds: number; all?: string }) {
  return (
    <div class="form-group">
      <label class="form-label" for={id}>{label}</label>
      <select class="form-select" id={id} name={name}>
        {all ? <option value="">{all}</option> : null}
        {Array.from({ length: rounds }, (_, r) => <option value={String(r + 1)}>{r + 1}</option>)}
      </select>
    </div>
  );
}

function SettingsForm({ ctx, overview, state }: { ctx: PageContext; overview: SeatingOverview; state?: FormState }) {
  const s = ctx.t.seating;
  const { settings, tables } = overview;
  const errors = errorsOf(state, 'settings');
  const v = (field: string, stored: string | number | null | undefined) => valueOf(state, 'settings', field, stored);
  const auto = state?.form === 'settings' ? state.values.autoTables === 'on' : settings.tables === null;
  const moving = state?.form === 'settings' ? state.values.facilitatorsMove === 'on' : settings.facilitatorsStay === false;
  const first = tables[0];
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{s.settingsHeading}</h2>
      {first ? <p>{s.proposed(tables.length, Math.min(...tables.map((t) => t.min)), Math.max(...tables.map((t) => t.max)))}</p> : null}
      <form method="post" action={`/admin/summits/${overview.summit.id}/seating/settings`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="rounds" type="number" min={1} label={s.rounds} value={v('rounds', settings.rounds)} errors={errors} />
        <TextField name="seconds" type="number" min={1} label={s.seconds} hint={s.secondsHint} value={v('seconds', settings.seconds)} errors={errors} />
        <CheckboxField name="autoTables" label={s.autoTables} checked={auto} />
        <TextField name="tableCount" type="number" min={1} label={s.tableCount} value={v('tableCount', tables.length)} errors={errors} />
        <TextField name="tableMin" type="number" min={1} label={s.tableMin} value={v('tableMin', first?.min ?? 7)} errors={errors} />
        <TextField name="tableMax" type="number" min={1} label={s.tableMax} value={v('tableMax', first?.max ?? 9)} errors={errors} />
        <TextField name="accessibleTables" label={s.accessibleTables} hint={s.accessibleTablesHint} value={v('accessibleTables', (settings.accessibleTables ?? []).join(', '))} errors={errors} />
        <CheckboxField name="facilitatorsMove" label={s.facilitatorsMove} checked={moving} />
        <fieldset>
          <legend class="h4">{s.weightsHeading}</legend>
          <p class="form-hint">{s.weightsHint}</p>
          <TextField name="weightGroup" type="number" min={0} label={s.weightGroup} value={v('weightGroup', settings.weights.group ?? 1)} errors={errors} />
          <TextField name="weightArea" type="number" min={0} label={s.weightArea} value={v('weightArea', settings.weights.area ?? 1)} errors={errors} />
          <TextField name="weightOrganisation" type="number" min={0} label={s.weightOrganisation} value={v('weightOrganisation', settings.weights.organisation ?? 0)} errors={errors} />
        </fieldset>
        <button type="submit" class="button button-secondary">{s.saveSettings}</button>
      </form>
    </section>
  );
}

function Rules({ ctx, overview }: { ctx: PageContext; overview: SeatingOverview }) {
  const s = ctx.t.seating;
  const { settings, roster, tables } = overview;
  const name = (id: string) => overview.names.get(id) ?? id;
  const action = `/admin/summits/${overview.summit.id}/seating/rules`;
  const remove = (kind: string, index: number, what: string) => (
    <form method="post" action={`${action}/remove`} class="seating-inline">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="index" value={index} />
      <button type="submit" class="button button-tertiary">{s.removeRule}<span class="sr-only"> {what}</span></button>
    </form>
  );
  const listed = [
    ...settings.keepApart.map(([a, b], i) => ({ text: `${s.keepApart}: ${name(a)} – ${name(b)}`, kind: 'apart', i })),
    ...settings.keepTogether.map(([a, b], i) => ({ text: `${s.keepTogether}: ${name(a)} – ${name(b)}`, kind: 'together', i })),
    ...settings.fixed.map((f, i) => ({ text: `${s.fixedSeat}: ${name(f.person)} – ${s.tableHeading(tables.find((t) => t.id === f.table)?.name ?? f.table)}${f.round ? `, ${s.roundHeading(f.round)}` : ''}`, kind: 'fixed', i })),
  ];
  if (roster.length < 2) return null;
  return (
    <section aria-labelledby="rules-heading" id="rules">
      <h2 id="rules-heading">{s.rulesHeading}</h2>
      {listed.length === 0 ? <p>{s.noRules}</p> : (
        <ul class="nobullet-list seating-rules">
          {listed.map((rule) => <li>{rule.text} {remove(rule.kind, rule.i, rule.text)}</li>)}
        </ul>
      )}
      <div class="seating-rule-forms">
        {(['apart', 'together'] as const).map((kind) => (
          <form method="post" action={action} class="seating-rule-form">
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="kind" value={kind} />
            <fieldset>
              <legend class="h4">{kind === 'apart' ? s.keepApart : s.keepTogether}</legend>
              <PersonInput id={`${kind}-a`} name="personA" label={s.personA} hint={s.personHint} />
              <PersonInput id={`${kind}-b`} name="personB" label={s.personB} hint={s.personHint} />
              <button type="submit" class="button button-secondary">{s.addRule}<span class="sr-only"> ({kind === 'apart' ? s.keepApart : s.keepTogether})</span></button>
            </fieldset>
          </form>
        ))}
        <form method="post" action={action} class="seating-rule-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="kind" value="fixed" />
          <fieldset>
            <legend class="h4">{s.fixedSeat}</legend>
            <PersonInput id="fixed-person" name="person" label={s.person} hint={s.personHint} />
            <SelectField name="table" label={s.table} errors={{}} options={tables.map((t) => ({ value: t.id, label: s.tableHeading(t.name) }))} />
            <RoundSelect id="fixed-round" name="round" label={s.round} rounds={settings.rounds} all={s.allRounds} />
            <button type="submit" class="button button-secondary">{s.addRule}<span class="sr-only"> ({s.fixedSeat})</span></button>
          </fieldset>
        </form>
      </div>
    </section>
  );
}

function Versions({ ctx, overview }: { ctx: PageContext; overview: SeatingOverview }) {
  const s = ctx.t.seating;
  const base = `/admin/summits/${overview.summit.id}/seating`;
  const done = overview.plans.filter((p) => p.status === 'done');
  if (overview.plans.length === 0) return null;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{s.versionsHeading}</h2>
      <div class="table--responsive-scroll">
        <table class="table table--compact">
          <thead><tr>
            <th scope="col">{s.version}</th><th scope="col">{s.source}</th><th scope="col">{s.status}</th>
            <th scope="col">{s.measuresHeading}</th><th scope="col">{s.created}</th><th scope="col"><span class="sr-only">{s.open}</span></th>
          </tr></thead>
          <tbody>
            {overview.plans.map((plan) => (
              <tr>
                <td>{plan.version}{plan.id === overview.published?.id ? <span class="seating-tag">{s.published}</span> : null}</td>
                <td>{s.sources[plan.source]}</td>
                <td>{s.statuses[plan.status]}{plan.status === 'done' && plan.violationCount > 0 ? ` · ${s.violationsHeading} (${plan.violationCount})` : ''}</td>
                <td>{plan.score ? `${plan.score.repeatedPairs === 0 ? s.noRepeats : s.repeats(plan.score.repeatedPairs)} ${s.fewestNew(plan.score.fewestNewPeople)}` : ''}</td>
                <td>{formatDateTime(ctx.lang, plan.createdAt)}</td>
                <td><a href={`${base}/plans/${plan.id}`}>{s.openVersion(plan.version)}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {done.length >= 2 ? (
        <form method="get" action={`${base}/compare`} class="seating-compare-form">
          <fieldset>
            <legend class="h4">{s.compare}</legend>
            <SelectField name="a" label={s.version} errors={{}} value={done[1].id} options={done.map((p) => ({ value: p.id, label: String(p.version) }))} />
            <SelectField name="b" label={s.compareWith} errors={{}} value={done[0].id} options={done.map((p) => ({ value: p.id, label: String(p.version) }))} />
            <button type="submit" class="button button-secondary">{s.compare}</button>
          </fieldset>
        </form>
      ) : null}
    </section>
  );
}

function Day({ ctx, overview }: { ctx: PageContext; overview: SeatingOverview }) {
  const s = ctx.t.seating;
  const base = `/admin/summits/${overview.summit.id}/seating`;
  const published = overview.published;
  if (!published) return null;
  const rounds = published.settings.rounds;
  const name = (id: string) => overview.names.get(id) ?? id;
  return (
    <section aria-labelledby="day-heading" id="day">
      <h2 id="day-heading">{s.dayHeading}</h2>
      <p>{s.dayIntro}</p>
      <form method="post" action={`${base}/absences`} class="seating-rule-form">
        <CsrfField token={ctx.csrfToken} />
        <fieldset>
          <legend class="h4">{s.markAbsent}</legend>
          <PersonInput id="absent-person" name="person" label={s.person} hint={s.personHint} />
          <RoundSelect id="absent-round" name="fromRound" label={s.absentFrom} rounds={rounds} />
          <button type="submit" class="button button-secondary">{s.markAbsent}</button>
        </fieldset>
      </form>
      <h3>{s.absentList}</h3>
      {overview.absences.length === 0 ? <p>{s.noAbsent}</p> : (
        <ul class="nobullet-list">
          {overview.absences.map((a) => (
            <li>{s.absentRow(name(a.person), a.fromRound)}{' '}
              <form method="post" action={`${base}/absences/arrived`} class="seating-inline">
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="person" value={a.person} />
                <button type="submit" class="button button-tertiary">{s.markArrived}<span class="sr-only">: {name(a.person)}</span></button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${base}/replan`} class="seating-rule-form">
        <CsrfField token={ctx.csrfToken} />
        <RoundSelect id="replan-round" name="fromRound" label={s.replanFrom} rounds={rounds} />
        <button type="submit" class="button button-primary">{s.replan}</button>
      </form>
    </section>
  );
}

export function AdminSeatingPage({ ctx, overview, state, saved, error }: { ctx: PageContext; overview: SeatingOverview; state?: FormState; saved?: boolean; error?: string }) {
  const s = ctx.t.seating;
  const base = `/admin/summits/${overview.summit.id}/seating`;
  const facilitators = overview.roster.filter((p) => p.facilitator).length;
  const general = error ? [ctx.t.errors.codes[error] ?? ctx.t.errors.codes.validation_failed] : [];
  return (
    <AdminPage ctx={ctx} title={s.title} summit={overview.summit} section="seating" saved={saved} state={state}>
      {seatingAssets()}
      <ErrorSummary errors={{}} t={ctx.t} general={general} />
      <p>{s.intro}</p>
      <ul>
        <li>{s.confirmed(overview.roster.length)}</li>
        <li>{s.facilitators(facilitators)}</li>
      </ul>
      {overview.roster.length === 0 ? <p>{s.noParticipants}</p> : null}
      {facilitators > 0 && facilitators !== overview.tables.length ? <div class="alert alert-warning"><div class="alert-body"><p class="alert-text">{s.facilitatorMismatch(facilitators, overview.tables.length)}</p></div></div> : null}
      {overview.publishedChanges ? (
        <div class="alert alert-warning" role="region" aria-labelledby="roster-changed-heading">
          <div class="alert-body">
            <h2 class="alert-heading h3" id="roster-changed-heading">{s.rosterChangedHeading}</h2>
            {overview.publishedChanges.gone.length ? <p class="alert-text">{s.rosterGone(overview.publishedChanges.gone.length)}</p> : null}
            {overview.publishedChanges.missing.length ? <p class="alert-text">{s.rosterMissing(overview.publishedChanges.missing.length)}</p> : null}
            <form method="post" action={`${base}/replan`}>
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="fromRound" value="1" />
              <button type="submit" class="button button-primary">{s.repair}</button>
            </form>
          </div>
        </div>
      ) : null}
      {overview.running ? (
        <p class="alert alert-info"><a href={`${base}/plans/${overview.running.id}`}>{s.runningHeading} ({Math.round(overview.running.progress * 100)} %)</a></p>
      ) : overview.roster.length > 0 ? (
        <form method="post" action={`${base}/plan`}>
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button button-primary" aria-describedby="plan-hint">{s.planNow}</button>
          <p id="plan-hint" class="form-hint">{s.planHint}</p>
        </form>
      ) : null}
      <Versions ctx={ctx} overview={overview} />
      <SettingsForm ctx={ctx} overview={overview} state={state} />
      <Rules ctx={ctx} overview={overview} />
      <Day ctx={ctx} overview={overview} />
      {overview.roster.length > 0 ? <PeopleList roster={overview.roster} /> : null}
    </AdminPage>
  );
}

export function AdminSeatingComparePage({ ctx, overview, comparison }: { ctx: PageContext; overview: SeatingPeople; comparison: { a: SeatingPlan; b: SeatingPlan; difference: PlanDifference } }) {
  const s = ctx.t.seating;
  const { a, b, difference } = comparison;
  const base = `/admin/summits/${overview.summit.id}/seating`;
  const people = new Map(overview.everyone.map((p) => [p.id, p.name]));
  const name = (id: string) => people.get(id) ?? id;
  const tableName = (plan: SeatingPlan, id: string | undefined) => id ? s.tableHeading(plan.settings.tables.find((t) => t.id === id)?.name ?? id) : s.noSeat;
  return (
    <AdminPage ctx={ctx} title={s.compareHeading(a.version, b.version)} summit={overview.summit} section="seating">
      {seatingAssets()}
      <p><a href={base}>{s.backToSeating}</a></p>
      <div class="seating-compare">
        {[a, b].map((plan) => (
          <section aria-labelledby={`compare-${plan.id}`}>
            <h2 id={`compare-${plan.id}`}>{s.version} {plan.version} · {s.sources[plan.source]}</h2>
            {plan.score ? <Measures ctx={ctx} score={plan.score} plan={plan} /> : null}
            <p>{plan.violations.length === 0 ? s.noViolations : `${s.violationsHeading}: ${plan.violations.length}`}</p>
            <form method="post" action={`${base}/plans/${plan.id}/restore`}>
              <CsrfField token={ctx.csrfToken} />
              <button type="submit" class="button button-secondary">{s.restoreVersion(plan.version)}</button>
            </form>
          </section>
        ))}
      </div>
      <h2>{s.movedSeats(difference.movedSeats)}</h2>
      {difference.moves.length ? (
        <ul>
          {difference.moves.slice(0, 500).map((m) => <li>{s.moveRow(name(m.person), m.round, tableName(a, m.from), tableName(b, m.to))}</li>)}
        </ul>
      ) : null}
    </AdminPage>
  );
}

