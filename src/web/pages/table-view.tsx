// The participant's and the facilitator's view of the published table plan.
import type { ParticipantTables } from '../../use-cases/seating/get-participant-tables.ts';
import { Layout, type PageContext } from '../layout.tsx';

export function TableViewPage({ ctx, view, back }: { ctx: PageContext; view: ParticipantTables; back: string }) {
  const s = ctx.t.seating;
  const v = s.view;
  return (
    <Layout ctx={ctx} title={v.title} personal>
      <link rel="stylesheet" href="/assets/seating.css" />
      <p><a href={back}>{view.participant.name}</a></p>
      <h1>{v.heading(view.summitTitle)}</h1>
      {view.participant.status !== 'confirmed'
        ? <p>{v.notConfirmed}</p>
        : !view.published
          ? <p>{v.notPublished}</p>
          : (
            <>
              {view.participant.facilitator ? <p>{v.facilitatorIntro}</p> : null}
              <ul class="nobullet-list seating-view-rounds">
                {view.rounds.map((r) => (
                  <li>
                    <h2 class="h3">{r.table ? v.roundTable(r.round, r.table.name) : v.noTable(r.round)}
                      {r.table?.accessible ? <span class="seating-tag"> {s.accessibleMark}</span> : null}</h2>
                    {view.participant.facilitator && r.people.length > 0
                      ? (
                        <div class="table--responsive-scroll">
                          <table class="table table--compact">
                            <caption class="sr-only">{v.roundTable(r.round, r.table?.name ?? '')}</caption>
                            <thead><tr><th scope="col">{v.name}</th><th scope="col">{v.group}</th><th scope="col">{v.area}</th></tr></thead>
                            <tbody>
                              {r.people.map((p) => <tr><td>{p.name}</td><td>{p.group}</td><td>{p.area ?? '–'}</td></tr>)}
                            </tbody>
                          </table>
                        </div>
                      )
                      : null}
                  </li>
                ))}
              </ul>
            </>
          )}
    </Layout>
  );
}
