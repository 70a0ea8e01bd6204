// Stakeholder groups and their quotas: the list with the sum against the capacity, the form that
// adds a group, and the page that edits or deletes one.
import type { StakeholderGroup } from '../../domain/group.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import { CheckboxField, CsrfField, TextArea, TextField, type FieldErrors } from '../form-fields.tsx';
import type { PageContext } from '../layout.tsx';
import { AdminPage, DeleteButton, errorsOf, valueOf, type FormState } from './admin-shell.tsx';
import { ScrollTable } from '../scroll-table.tsx';

function GroupFields({ ctx, form, group, state }: { ctx: PageContext; form: string; group?: StakeholderGroup; state?: FormState }) {
  const g = ctx.t.admin.groups;
  const errors: FieldErrors = errorsOf(state, form);
  const checked = state && state.form === form ? state.values.facilitators === 'on' : group?.isFacilitators ?? false;
  return (
    <>
      <TextField name="name" label={g.name} value={valueOf(state, form, 'name', group?.name)} errors={errors} required />
      <TextField name="quota" type="number" min={0} label={g.quota} value={valueOf(state, form, 'quota', group?.quota)} errors={errors} required />
      <TextArea name="description" rows={2} label={g.description} value={valueOf(state, form, 'description', group?.description)} errors={errors} />
      <CheckboxField name="facilitators" label={g.facilitators} hint={g.facilitatorsHint} checked={checked} />
    </>
  );
}

export function AdminGroupsPage({ ctx, summit, groups, organisations, saved, state }: {
  ctx: PageContext; summit: Summit; groups: StakeholderGroup[]; organisations: Organisation[]; saved: boolean; state?: FormState;
}) {
  const { t } = ctx;
  const g = t.admin.groups;
  const total = groups.reduce((sum, x) => sum + x.quota, 0);
  const given = (id: string) => organisations.filter((o) => o.groupId === id).reduce((sum, o) => sum + o.quota, 0);
  return (
    <AdminPage ctx={ctx} title={`${g.heading} – ${summit.title}`} heading={g.heading} summit={summit} section="groups" saved={saved} state={state}>
      {groups.length === 0 ? <p>{g.none}</p> : (
        <ScrollTable label={g.caption}><table class="table table--zebra">
          <caption>{g.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{g.name}</th>
              <th scope="col" class="samskab-number">{g.quota}</th>
              <th scope="col" class="samskab-number">{g.organisationsColumn}</th>
              <th scope="col">{g.facilitatorsColumn}</th>
              <th scope="col">{t.admin.actions}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr>
                <th scope="row">{group.name}{group.description ? <span class="samskab-muted"> ({group.description})</span> : null}</th>
                <td class="samskab-number">{group.quota}</td>
                <td class="samskab-number">{given(group.id)}</td>
                <td>{group.isFacilitators ? t.admin.yes : t.admin.no}</td>
                <td>
                  <div class="samskab-actions">
                    <a href={`/admin/summits/${summit.id}/groups/${group.id}`}>{t.admin.edit}<span class="sr-only"> {group.name}</span></a>
                    <a href={`/admin/summits/${summit.id}/groups/${group.id}/apportionment`}>{g.apportion}<span class="sr-only"> ({group.name})</span></a>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr><th scope="row">{t.admin.apportionment.total}</th><td class="samskab-number">{total}</td><td colSpan={3}></td></tr>
          </tfoot>
        </table></ScrollTable>
      )}
      <p id="group-sum"><strong>{g.sum(total, summit.capacity)}</strong> {total < summit.capacity ? g.free(summit.capacity - total) : null}</p>
      <h2>{g.createHeading}</h2>
      <form method="post" action={`/admin/summits/${summit.id}/groups`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <GroupFields ctx={ctx} form="group" state={state} />
        <button type="submit" class="button button-primary">{g.create}</button>
      </form>
    </AdminPage>
  );
}

export function AdminGroupPage({ ctx, summit, group, state }: { ctx: PageContext; summit: Summit; group: StakeholderGroup; state?: FormState }) {
  const { t } = ctx;
  const g = t.admin.groups;
  const base = `/admin/summits/${summit.id}/groups`;
  return (
    <AdminPage ctx={ctx} title={g.editHeading(group.name)} summit={summit} section="groups" state={state}>
      <form method="post" action={`${base}/${group.id}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <GroupFields ctx={ctx} form="group" group={group} state={state} />
        <div class="samskab-actions">
          <button type="submit" class="button button-primary">{t.admin.save}</button>
          <a href={base}>{t.admin.back}</a>
        </div>
      </form>
      <p><a href={`${base}/${group.id}/apportionment`}>{g.apportion}</a></p>
      <h2>{g.deleteHeading}</h2>
      <DeleteButton ctx={ctx} action={`${base}/${group.id}/delete`} what={group.name} />
    </AdminPage>
  );
}
