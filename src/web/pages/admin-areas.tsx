// Local areas with their populations (the basis of apportionment), with the demo figures labelled.
import type { Area } from '../../domain/area.ts';
import type { Summit } from '../../domain/summit.ts';
import { CsrfField, TextField } from '../form-fields.tsx';
import type { PageContext } from '../layout.tsx';
import { AdminPage, DeleteButton, errorsOf, valueOf, type FormState } from './admin-shell.tsx';
import { ScrollTable } from '../scroll-table.tsx';

function AreaFields({ ctx, area, state }: { ctx: PageContext; area?: Area; state?: FormState }) {
  const a = ctx.t.admin.areas;
  const errors = errorsOf(state, 'area');
  return (
    <>
      <TextField name="name" label={a.name} value={valueOf(state, 'area', 'name', area?.name)} errors={errors} required />
      <TextField name="mainTown" label={a.mainTown} value={valueOf(state, 'area', 'mainTown', area?.mainTown)} errors={errors} />
      <TextField name="population" type="number" min={0} label={a.population} value={valueOf(state, 'area', 'population', area?.population)} errors={errors} required />
    </>
  );
}

export function AdminAreasPage({ ctx, summit, areas, saved, state }: { ctx: PageContext; summit: Summit; areas: Area[]; saved: boolean; state?: FormState }) {
  const { t, lang } = ctx;
  const a = t.admin.areas;
  const number = (n: number) => n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
  return (
    <AdminPage ctx={ctx} title={`${a.heading} – ${summit.title}`} heading={a.heading} summit={summit} section="areas" saved={saved} state={state}>
      {summit.isDemo ? <div class="alert alert-info"><div class="alert-body"><p class="alert-text">{a.demoNote}</p></div></div> : null}
      {areas.length === 0 ? <p>{a.none}</p> : (
        <>
          <ScrollTable label={a.caption}><table class="table table--zebra">
            <caption>{a.caption}</caption>
            <thead><tr><th scope="col">{a.name}</th><th scope="col">{a.mainTown}</th><th scope="col" class="samskab-number">{a.population}</th><th scope="col">{t.admin.actions}</th></tr></thead>
            <tbody>
              {areas.map((area) => (
                <tr>
                  <th scope="row">{area.name}</th>
                  <td>{area.mainTown}</td>
                  <td class="samskab-number">{number(area.population)}</td>
                  <td><a href={`/admin/summits/${summit.id}/areas/${area.id}`}>{t.admin.edit}<span class="sr-only"> {area.name}</span></a></td>
                </tr>
              ))}
            </tbody>
          </table></ScrollTable>
          <p>{a.total(number(areas.reduce((s, x) => s + x.population, 0)))}</p>
        </>
      )}
      <h2>{a.createHeading}</h2>
      <form method="post" action={`/admin/summits/${summit.id}/areas`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <AreaFields ctx={ctx} state={state} />
        <button type="submit" class="button button-primary">{a.create}</button>
      </form>
    </AdminPage>
  );
}

export function AdminAreaPage({ ctx, summit, area, state }: { ctx: PageContext; summit: Summit; area: Area; state?: FormState }) {
  const { t } = ctx;
  const a = t.admin.areas;
  const base = `/admin/summits/${summit.id}/areas`;
  return (
    <AdminPage ctx={ctx} title={a.editHeading(area.name)} summit={summit} section="areas" state={state}>
      {summit.isDemo ? <p class="form-hint">{a.demoNote}</p> : null}
      <form method="post" action={`${base}/${area.id}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <AreaFields ctx={ctx} area={area} state={state} />
        <div class="samskab-actions">
          <button type="submit" class="button button-primary">{t.admin.save}</button>
          <a href={base}>{t.admin.back}</a>
        </div>
      </form>
      <h2>{a.deleteHeading}</h2>
      <DeleteButton ctx={ctx} action={`${base}/${area.id}/delete`} what={area.name} />
    </AdminPage>
  );
}
