// Recruiting organisations per stakeholder group, each group's sum against its quota, and the
// form that adds or edits an organisation.
import type { Area } from '../../domain/area.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { Organisation } from '../../domain/organisation.ts';
import { organisationKinds, type Summit } from '../../domain/summit.ts';
import { CsrfField, SelectField, TextField } from '../form-fields.tsx';
import type { PageContext } from '../layout.tsx';
import { AdminPage, DeleteButton, errorsOf, valueOf, type FormState } from './admin-shell.tsx';
import { ScrollTable } from '../scroll-table.tsx';

function OrganisationFields({ ctx, groups, areas, organisation, state, defaultGroupId }: {
  ctx: PageContext; groups: StakeholderGroup[]; areas: Area[]; organisation?: Organisation; state?: FormState; defaultGroupId?: string;
}) {
  const { t } = ctx;
  const o = t.admin.organisations;
  const errors = errorsOf(state, 'organisation');
  return (
    <>
      <TextField name="name" label={o.name} value={valueOf(state, 'organisation', 'name', organisation?.name)} errors={errors} required />
      <SelectField name="kind" label={o.kind} value={valueOf(state, 'organisation', 'kind', organisation?.kind ?? 'local_forum')} errors={errors}
        options={organisationKinds.map((k) => ({ value: k, label: t.organisationKinds[k] }))} />
      <SelectField name="groupId" label={o.group} value={valueOf(state, 'organisation', 'groupId', organisation?.groupId ?? defaultGroupId)} errors={errors}
        options={groups.map((g) => ({ value: g.id, label: `${g.name} (${g.quota})` }))} />
      <SelectField name="areaId" label={o.area} value={valueOf(state, 'organisation', 'areaId', organisation?.areaId ?? '')} errors={errors}
        options={[{ value: '', label: o.noArea }, ...areas.map((a) => ({ value: a.id, label: a.name }))]} />
      <TextField name="quota" type="number" min={0} label={o.quota} value={valueOf(state, 'organisation', 'quota', organisation?.quota)} errors={errors} required />
      <TextField name="contactEmail" type="email" label={o.contactEmail} hint={o.contactEmailHint} value={valueOf(state, 'organisation', 'contactEmail', organisation?.contactEmail)} errors={errors} />
    </>
  );
}

export function AdminOrganisationsPage({ ctx, summit, groups, areas, organisations, saved, state }: {
  ctx: PageContext; summit: Summit; groups: StakeholderGroup[]; areas: Area[]; organisations: Organisation[]; saved: boolean; state?: FormState;
}) {
  const { t } = ctx;
  const o = t.admin.organisations;
  const areaName = (id: string | null) => areas.find((a) => a.id === id)?.name ?? t.admin.none;
  return (
    <AdminPage ctx={ctx} title={`${o.heading} – ${summit.title}`} heading={o.heading} summit={summit} section="organisations" saved={saved} state={state}>
      <p>{o.intro}</p>
      {groups.length === 0 ? <p>{o.noGroups}</p> : groups.map((group) => {
        const members = organisations.filter((x) => x.groupId === group.id);
        const total = members.reduce((s, x) => s + x.quota, 0);
        const headingId = `group-${group.id}-heading`;
        return (
          <section aria-labelledby={headingId}>
            <h2 id={headingId}>{group.name}</h2>
            <p><strong>{o.sum(total, group.quota)}</strong>{total > group.quota ? <> {o.over}</> : null}</p>
            {members.length === 0 ? <p>{o.none}</p> : (
              <ScrollTable label={o.caption(group.name)}><table class="table table--zebra">
                <caption>{o.caption(group.name)}</caption>
                <thead>
                  <tr><th scope="col">{o.name}</th><th scope="col">{o.kind}</th><th scope="col">{o.area}</th><th scope="col" class="samskab-number">{o.quota}</th><th scope="col">{o.contactEmail}</th><th scope="col">{t.admin.actions}</th></tr>
                </thead>
                <tbody>
                  {members.map((org) => (
                    <tr>
                      <th scope="row">{org.name}</th>
                      <td>{t.organisationKinds[org.kind]}</td>
                      <td>{areaName(org.areaId)}</td>
                      <td class="samskab-number">{org.quota}</td>
                      <td>{org.contactEmail || t.admin.none}</td>
                      <td><a href={`/admin/summits/${summit.id}/organisations/${org.id}`}>{t.admin.edit}<span class="sr-only"> {org.name}</span></a></td>
                    </tr>
                  ))}
                </tbody>
              </table></ScrollTable>
            )}
          </section>
        );
      })}
      {groups.length ? (
        <section aria-labelledby="create-organisation-heading">
          <h2 id="create-organisation-heading">{o.createHeading}</h2>
          <form method="post" action={`/admin/summits/${summit.id}/organisations`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <OrganisationFields ctx={ctx} groups={groups} areas={areas} state={state} />
            <button type="submit" class="button button-primary">{o.create}</button>
          </form>
        </section>
      ) : null}
    </AdminPage>
  );
}

export function AdminOrganisationPage({ ctx, summit, groups, areas, organisation, state }: {
  ctx: PageContext; summit: Summit; groups: StakeholderGroup[]; areas: Area[]; organisation: Organisation; state?: FormState;
}) {
  const { t } = ctx;
  const o = t.admin.organisations;
  const base = `/admin/summits/${summit.id}/organisations`;
  return (
    <AdminPage ctx={ctx} title={o.editHeading(organisation.name)} summit={summit} section="organisations" state={state}>
      <form method="post" action={`${base}/${organisation.id}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <OrganisationFields ctx={ctx} groups={groups} areas={areas} organisation={organisation} state={state} />
        <div class="samskab-actions">
          <button type="submit" class="button button-primary">{t.admin.save}</button>
          <a href={base}>{t.admin.back}</a>
        </div>
      </form>
      <h2>{o.deleteHeading}</h2>
      <DeleteButton ctx={ctx} action={`${base}/${organisation.id}/delete`} what={organisation.name} />
    </AdminPage>
  );
}
