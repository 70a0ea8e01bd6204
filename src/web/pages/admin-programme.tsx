// Programme items and speakers (e.g. the three expert contributions).
import type { ProgrammeItem } from '../../domain/programme.ts';
import type { Summit } from '../../domain/summit.ts';
import { CsrfField, TextArea, TextField } from '../form-fields.tsx';
import type { PageContext } from '../layout.tsx';
import { AdminPage, DeleteButton, errorsOf, valueOf, type FormState } from './admin-shell.tsx';
import { ScrollTable } from '../scroll-table.tsx';

function ItemFields({ ctx, item, state }: { ctx: PageContext; item?: ProgrammeItem; state?: FormState }) {
  const p = ctx.t.admin.programme;
  const errors = errorsOf(state, 'item');
  const v = (field: string, stored: string | undefined) => valueOf(state, 'item', field, stored);
  return (
    <>
      <TextField name="title" label={p.title} value={v('title', item?.title)} errors={errors} required />
      <TextField name="startsAt" type="time" label={p.startsAt} hint={p.timeHint} value={v('startsAt', item?.startsAt)} errors={errors} />
      <TextField name="endsAt" type="time" label={p.endsAt} hint={p.timeHint} value={v('endsAt', item?.endsAt)} errors={errors} />
      <TextArea name="description" rows={3} label={p.description} value={v('description', item?.description)} errors={errors} />
      <TextField name="speakerName" label={p.speakerName} value={v('speakerName', item?.speakerName)} errors={errors} />
      <TextField name="speakerTitle" label={p.speakerTitle} value={v('speakerTitle', item?.speakerTitle)} errors={errors} />
    </>
  );
}

export function AdminProgrammePage({ ctx, summit, items, saved, state }: { ctx: PageContext; summit: Summit; items: ProgrammeItem[]; saved: boolean; state?: FormState }) {
  const { t } = ctx;
  const p = t.admin.programme;
  return (
    <AdminPage ctx={ctx} title={`${p.heading} – ${summit.title}`} heading={p.heading} summit={summit} section="programme" saved={saved} state={state}>
      {items.length === 0 ? <p>{p.none}</p> : (
        <ScrollTable label={p.caption}><table class="table table--zebra">
          <caption>{p.caption}</caption>
          <thead><tr><th scope="col">{p.time}</th><th scope="col">{p.title}</th><th scope="col">{p.speaker}</th><th scope="col">{t.admin.actions}</th></tr></thead>
          <tbody>
            {items.map((item) => (
              <tr>
                <td>{item.startsAt ? `${item.startsAt}${item.endsAt ? `–${item.endsAt}` : ''}` : t.admin.none}</td>
                <th scope="row">{item.title}</th>
                <td>{item.speakerName ? `${item.speakerName}${item.speakerTitle ? `, ${item.speakerTitle}` : ''}` : t.admin.none}</td>
                <td><a href={`/admin/summits/${summit.id}/programme/${item.id}`}>{t.admin.edit}<span class="sr-only"> {item.title}</span></a></td>
              </tr>
            ))}
          </tbody>
        </table></ScrollTable>
      )}
      <h2>{p.createHeading}</h2>
      <form method="post" action={`/admin/summits/${summit.id}/programme`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <ItemFields ctx={ctx} state={state} />
        <button type="submit" class="button button-primary">{p.create}</button>
      </form>
    </AdminPage>
  );
}

export function AdminProgrammeItemPage({ ctx, summit, item, state }: { ctx: PageContext; summit: Summit; item: ProgrammeItem; state?: FormState }) {
  const { t } = ctx;
  const p = t.admin.programme;
  const base = `/admin/summits/${summit.id}/programme`;
  return (
    <AdminPage ctx={ctx} title={p.editHeading(item.title)} summit={summit} section="programme" state={state}>
      <form method="post" action={`${base}/${item.id}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <ItemFields ctx={ctx} item={item} state={state} />
        <div class="samskab-actions">
          <button type="submit" class="button button-primary">{t.admin.save}</button>
          <a href={base}>{t.admin.back}</a>
        </div>
      </form>
      <h2>{p.deleteHeading}</h2>
      <DeleteButton ctx={ctx} action={`${base}/${item.id}/delete`} what={item.title} />
    </AdminPage>
  );
}
