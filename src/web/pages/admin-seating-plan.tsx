// /admin/summits/:id/seating/plans/:planId: one version of the table plan. While planning runs, a
// progress bar (seating.js polls it); when done, the measures in words, the broken rules, and the
// tables of one round with their mix, where each person can be moved (a select and a button that
// work without JavaScript; drag and drop on top), locked, and the plan published or exported.
import { sharedValues, type SeatingPlan, type SeatingScoreSummary } from '../../domain/seating-plan.ts';
import type { SeatingParticipant } from '../../domain/seating-roster.ts';
import type { SeatingPeople } from '../../use-cases/seating/get-seating-plan.ts';
import { ErrorSummary, CsrfField } from '../form-fields.tsx';
import { formatDateTime } from '../i18n/messages.ts';
import type { PageContext } from '../layout.tsx';
import { AdminPage } from './admin-shell.tsx';

export const seatingAssets = () => (
  <>
    <link rel="stylesheet" href="/assets/seating.css" />
    <script src="/assets/seating.js" defer></script>
  </>
);

/** A stable colour slot per group (there is always text beside the colour). */
export function groupColours(overview: SeatingPeople): Map<string, number> {
  const colours = new Map<string, number>();
  for (const p of overview.everyone) if (!colours.has(p.groupId)) colours.set(p.groupId, colours.size % 8);
  return colours;
}

/**
 * Why some people must sit together again: only what this plan actually fixes. Facilitators who
 * stay, accessibility needs at accessible tables, and the coordinator's own rules all pin seats.
 */
function fixedSeatCauses(plan: SeatingPlan): ('facilitators' | 'accessibility' | 'rules')[] {
  const settings = plan.settings;
  return [
    ...(settings.facilitatorsStay !== false ? ['facilitators' as const] : []),
    ...(settings.tables.some((t) => t.accessible) ? ['accessibility' as const] : []),
    ...(settings.keepTogether.length + settings.fixed.length + plan.locks.people.length + plan.locks.tables.length > 0 ? ['rules' as const] : []),
  ];
}

/** The plan's measures in plain words, one sentence each (the page's list, the summit report). */
export function measureSentences(ctx: Pick<PageContext, 't' | 'lang'>, score: SeatingScoreSummary, plan: SeatingPlan): string[] {
  const s = ctx.t.seating;
  const attributes = Object.entries(plan.settings.weights).filter(([, w]) => w > 0).map(([name]) => name);
  return [
    score.repeatedPairs === 0 ? s.noRepeats : s.repeats(score.repeatedPairs),
    ...(score.forcedRepeatedPairs > 0 ? [s.forcedRepeatsFrom(score.forcedRepeatedPairs, fixedSeatCauses(plan).map((c) => s.fixedSeatCauses[c]))] : []),
    ...(plan.rounds.length > 0 ? [s.fewestNew(score.fewestNewPeople)] : []),
    s.averageNew(score.averageNewPeople.toLocaleString(ctx.lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 })),
    ...attributes.map((name) => {
      const what = s.attributeNames[name] ?? name;
      const uneven = score.unevenSpread[name] ?? 0;
      return uneven === 0 ? s.spreadEven(what) : s.spreadUneven(what, uneven);
    }),
    ...(plan.source === 'replanned' ? [s.movedFromPrevious(score.movedSeats)] : []),
  ];
}

export function Measures({ ctx, score, plan }: { ctx: PageContext; score: SeatingScoreSummary; plan: SeatingPlan }) {
  return <ul class="seating-measures">{measureSentences(ctx, score, plan).map((sentence) => <li>{sentence}</li>)}</ul>;
}

function Violations({ ctx, plan, names, people }: { ctx: PageContext; plan: SeatingPlan; names: (id: string) => string; people: Map<string, SeatingParticipant> }) {
  const s = ctx.t.seating;
  if (plan.violations.length === 0) return <p class="seating-ok">{s.noViolations}</p>;
  return (
    <div class="alert alert-warning" role="region" aria-labelledby="violations-heading">
      <div class="alert-body">
        <h2 class="alert-heading h3" id="violations-heading">{s.violationsHeading}</h2>
        <p class="alert-text">{s.violationsIntro}</p>
        <ul class="alert-text">
          {plan.violations.map((v) => {
            const table = v.table ? plan.settings.tables.find((t) => t.id === v.table)?.name ?? v.table : undefined;
            const where = [v.round ? s.roundHeading(v.round) : '', table ? s.tableHeading(table) : ''].filter(Boolean).join(', ');
            const who = (v.people ?? []).map(names).join(', ');
            // A person with accessibility needs is fixed to an accessible table by Samskab, not by a rule of the coordinator's.
            const person = v.code === 'fixed_seat_broken' && v.people?.length === 1 ? people.get(v.people[0]!) : undefined;
            const byNeed = person && person.accessibilityNeeds.trim() !== '' && !plan.settings.fixed.some((f) => f.person === person.id);
            if (byNeed) return <li>{s.accessibleSeatBroken(person.name, person.accessibilityNeeds.trim())}{where ? ` (${where})` : ''}</li>;
            return <li>{s.violationCodes[v.code] ?? v.code}{where ? ` (${where})` : ''}{who ? `: ${who}` : ''}</li>;
          })}
        </ul>
      </div>
    </div>
  );
}

function AreaRepeats({ ctx, plan, people, overview }: { ctx: PageContext; plan: SeatingPlan; people: Map<string, SeatingParticipant>; overview: SeatingPeople }) {
  const s = ctx.t.seating;
  const found = sharedValues(plan.rounds, (id) => people.get(id)?.areaId ?? undefined);
  const areaName = (id: string) => overview.everyone.find((p) => p.areaId === id)?.areaName ?? id;
  const tableName = (id: string) => plan.settings.tables.find((t) => t.id === id)?.name ?? id;
  const totals = new Map<string, number>();
  for (const p of plan.rounds[0]?.tables.flatMap((t) => t.people) ?? []) {
    const area = people.get(p)?.areaId;
    if (area) totals.set(area, (totals.get(area) ?? 0) + 1);
  }
  return (
    <details class="seating-details">
      <summary>{s.areaTwiceHeading} ({found.length})</summary>
      {found.length === 0 ? <p>{s.areaTwiceNone}</p> : (
        <ul>
          {found.map((f) => f.unavoidable
            ? <li>{s.areaTwiceUnavoidable(areaName(f.value), f.round, tableName(f.table), f.count, totals.get(f.value) ?? f.count, plan.rounds[f.round - 1].tables.length)}</li>
            : <li>{s.areaTwiceAvoidable(areaName(f.value), f.round, tableName(f.table), f.count)}</li>)}
        </ul>
      )}
    </details>
  );
}

function Running({ ctx, plan, statusUrl, stopUrl }: { ctx: PageContext; plan: SeatingPlan; statusUrl: string; stopUrl: string }) {
  const s = ctx.t.seating;
  const percent = Math.round(plan.progress * 100);
  return (
    <section aria-labelledby="running-heading" class="seating-running" data-status-url={statusUrl}>
      <h2 id="running-heading">{s.runningHeading}</h2>
      <label for="seating-progress" class="form-label">{s.progressLabel}</label>
      <progress id="seating-progress" max={100} value={percent}>{percent} %</progress>
      <p id="seating-progress-text" aria-live="polite">
        {percent} % · {plan.bestCost === null ? '' : s.bestCost(plan.bestCost.toLocaleString('da-DK', { maximumFractionDigits: 0 }))}
        {plan.stopRequested ? ` ${s.stopRequested}` : ''}
      </p>
      <div class="samskab-actions">
        <form method="post" action={stopUrl}>
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button button-secondary">{s.stop}</button>
        </form>
        <a href="" class="seating-refresh">{s.refresh}</a>
      </div>
    </section>
  );
}

export function AdminSeatingPlanPage({ ctx, overview, plan, round, saved, error }: {
  ctx: PageContext; overview: SeatingPeople; plan: SeatingPlan; round: number; saved?: boolean; error?: string;
}) {
  const s = ctx.t.seating;
  const summitId = overview.summit.id;
  const base = `/admin/summits/${summitId}/seating/plans/${plan.id}`;
  const people = new Map(overview.everyone.map((p) => [p.id, p]));
  const names = (id: string) => people.get(id)?.name ?? id;
  const colours = groupColours(overview);
  const lockedPeople = new Set(plan.locks.people.filter((l) => l.round === round).map((l) => l.person));
  const lockedTables = new Set(plan.locks.tables.filter((l) => l.round === round).map((l) => l.table));
  const seating = plan.rounds[round - 1];
  const tableOptions = (seating?.tables ?? []).map((t) => ({ id: t.id, label: s.tableHeading(plan.settings.tables.find((x) => x.id === t.id)?.name ?? t.id) }));
  const general = error ? [ctx.t.errors.codes[error] ?? ctx.t.errors.codes.validation_failed] : [];
  return (
    <AdminPage ctx={ctx} title={s.planHeading(plan.version)} summit={overview.summit} section="seating" saved={saved}>
      {seatingAssets()}
      <ErrorSummary errors={{}} t={ctx.t} general={general} />
      <p><a href={`/admin/summits/${summitId}/seating`}>{s.backToSeating}</a></p>
      <p class="samskab-muted">
        {s.sources[plan.source]} · {s.statuses[plan.status]} · {formatDateTime(ctx.lang, plan.createdAt)}
        {plan.publishedAt ? ` · ${s.publishedNotice(formatDateTime(ctx.lang, plan.publishedAt))}` : ''}
      </p>
      {plan.status === 'running' ? <Running ctx={ctx} plan={plan} statusUrl={`${base}/status.json`} stopUrl={`${base}/stop`} /> : null}
      {plan.status === 'failed' ? <div class="alert alert-error"><div class="alert-body"><p class="alert-heading">{s.failedHeading}</p><p class="alert-text">{plan.error}</p></div></div> : null}
      {plan.status === 'done' && seating ? (
        <>
          <div class="samskab-actions seating-actions">
            <form method="post" action={`${base}/publish`}>
              <CsrfField token={ctx.csrfToken} />
              <button type="submit" class="button button-primary" aria-describedby="publish-hint">{s.publish}</button>
            </form>
            {plan.locks.people.length + plan.locks.tables.length > 0 ? (
              <form method="post" action={`${base}/reoptimise`}>
                <CsrfField token={ctx.csrfToken} />
                <button type="submit" class="button button-secondary">{s.reoptimise}</button>
              </form>
            ) : null}
            <a href={`${base}/export.csv`}>{s.exportCsv}</a>
            <a href={`${base}/export.xlsx`}>{s.exportXlsx}</a>
          </div>
          <p id="publish-hint" class="form-hint">{s.publishHint}</p>
          <section aria-labelledby="measures-heading">
            <h2 id="measures-heading">{s.measuresHeading}</h2>
            {plan.score ? <Measures ctx={ctx} score={plan.score} plan={plan} /> : null}
            <Violations ctx={ctx} plan={plan} names={names} people={people} />
            <AreaRepeats ctx={ctx} plan={plan} people={people} overview={overview} />
          </section>
          <nav aria-label={s.roundsNav} class="seating-rounds-nav">
            <ul class="nobullet-list samskab-actions">
              {plan.rounds.map((_, r) => (
                <li><a href={`${base}?round=${r + 1}`} aria-current={r + 1 === round ? 'page' : undefined} class={r + 1 === round ? 'samskab-current' : undefined}>{s.roundHeading(r + 1)}</a></li>
              ))}
            </ul>
          </nav>
          <h2>{s.roundHeading(round)}</h2>
          <p class="form-hint">{s.dragHint}</p>
          <form method="post" action={`${base}/swap`} id="seating-swap-form" hidden>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="round" value={round} />
            <input type="hidden" name="person" value="" />
            <input type="hidden" name="other" value="" />
          </form>
          <div class="seating-grid">
            {seating.tables.map((table) => {
              const spec = plan.settings.tables.find((t) => t.id === table.id);
              const name = spec?.name ?? table.id;
              const seated = table.people.map((id) => people.get(id)).filter((p): p is SeatingParticipant => !!p)
                .sort((a, b) => Number(b.facilitator) - Number(a.facilitator) || a.name.localeCompare(b.name, 'da'));
              const groups = new Map<string, { name: string; count: number; colour: number }>();
              const areas = new Map<string, number>();
              for (const p of seated) {
                const g = groups.get(p.groupId) ?? { name: p.groupName, count: 0, colour: colours.get(p.groupId) ?? 0 };
                g.count++;
                groups.set(p.groupId, g);
                if (p.areaName) areas.set(p.areaName, (areas.get(p.areaName) ?? 0) + 1);
              }
              const tableLocked = lockedTables.has(table.id);
              const headingId = `table-${round}-${table.id}`;
              return (
                <section class="seating-table" data-table={table.id} aria-labelledby={headingId}>
                  <h3 id={headingId} class="h4">{s.tableHeading(name)}</h3>
                  <p class="seating-table-meta">
                    {s.tableSize(table.people.length, spec?.min ?? 0, spec?.max ?? 0)}
                    {spec?.accessible ? <span class="seating-tag">{s.accessibleMark}</span> : null}
                    {tableLocked ? <span class="seating-tag">{s.locked}</span> : null}
                  </p>
                  <p class="seating-mix"><span class="sr-only">{s.groupsAtTable}: </span>
                    {[...groups.values()].map((g) => <span class={`seating-chip seating-c${g.colour}`}>{g.name} {g.count}</span>)}
                  </p>
                  <p class="seating-areas">{s.areasAtTable}: {[...areas.entries()].map(([a, n]) => n > 1 ? `${a} (${n})` : a).join(', ') || '–'}</p>
                  {/* One form per table keeps the page light: each button says which person it moves or locks. */}
                  <form method="post" action={`${base}/move`} class="seating-table-form">
                    <CsrfField token={ctx.csrfToken} />
                    <input type="hidden" name="round" value={round} />
                    <button type="submit" formaction={`${base}/lock`} name="lockTable" value={`${table.id}:${tableLocked ? 0 : 1}`} class="button button-tertiary">
                      {tableLocked ? s.unlockTable(name) : s.lockTable(name)}
                    </button>
                    <ul class="nobullet-list seating-people">
                      {seated.map((p) => {
                        const locked = tableLocked || lockedPeople.has(p.id);
                        const selectId = `move-${round}-${p.id}`;
                        return (
                          <li class="seating-person" id={`person-${p.id}`} tabindex={-1} data-person={p.id} draggable={locked ? undefined : true}>
                            <span class="seating-person-name">
                              <span class={`seating-dot seating-c${colours.get(p.groupId) ?? 0}`} aria-hidden="true"></span>
                              <strong>{p.name}</strong> · {p.groupName}{p.areaName ? ` · ${p.areaName}` : ''}
                              {p.facilitator ? <span class="seating-tag">{s.facilitatorMark}</span> : null}
                              {p.accessibilityNeeds.trim() ? <span class="seating-tag">{s.needsMark(p.accessibilityNeeds.trim())}</span> : null}
                              {locked ? <span class="seating-tag">{s.locked}</span> : null}
                            </span>
                            <span class="seating-inline">
                              {locked ? null : (
                                <>
                                  <label for={selectId} class="sr-only">{s.moveToFor(p.name)}</label>
                                  <select id={selectId} name={`to-${p.id}`} class="form-select seating-select">
                                    {tableOptions.map((o) => <option value={o.id} selected={o.id === table.id}>{o.label}</option>)}
                                  </select>
                                  <button type="submit" name="person" value={p.id} class="button button-secondary seating-move">{s.move}<span class="sr-only"> {p.name}</span></button>
                                </>
                              )}
                              {tableLocked ? null : (
                                <button type="submit" formaction={`${base}/lock`} name="lock" value={`${p.id}:${locked ? 0 : 1}`} class="button button-tertiary">
                                  {locked ? s.unlock : s.lock}<span class="sr-only"> {p.name}</span>
                                </button>
                              )}
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  </form>
                </section>
              );
            })}
          </div>
          <form method="post" action={`${base}/restore`} class="seating-restore">
            <CsrfField token={ctx.csrfToken} />
            <button type="submit" class="button button-tertiary">{s.restoreVersion(plan.version)}</button>
          </form>
        </>
      ) : null}
    </AdminPage>
  );
}
