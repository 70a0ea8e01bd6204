// /admin/privatliv: the municipality's details as data controller, given once for every summit's
// privacy notice. Errors come back beside their fields and in the summary, which takes the focus.
import { requiredDataControllerFields, type DataController, type DataControllerField } from '../../../domain/personal-data/data-controller.ts';
import { CsrfField, TextArea, TextField } from '../../form-fields.tsx';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';

export function AdminDataControllerPage({ ctx, controller, saved, state }: { ctx: PageContext; controller: DataController; saved: boolean; state?: FormState }) {
  const p = ctx.t.privacyNotice;
  const s = p.settings;
  const errors = errorsOf(state, 'controller');
  const field = (name: DataControllerField, type: 'text' | 'email' | 'tel' = 'text', autocomplete?: string) => {
    const required = requiredDataControllerFields.includes(name);
    return (
      <TextField name={name} type={type} label={required ? p.fields[name] : `${p.fields[name]} (${s.optional})`} hint={p.hints[name]}
        value={valueOf(state, 'controller', name, controller[name])} errors={errors} required={required} autocomplete={autocomplete} />
    );
  };
  return (
    <AdminPage ctx={ctx} title={s.heading} state={state}>
      <p><a href="/admin">{ctx.t.admin.nav.allSummits}</a></p>
      {saved ? <div class="alert alert-success" role="status" tabindex={-1} data-notice id="saved-notice"><div class="alert-body"><p class="alert-text">{s.saved}</p></div></div> : null}
      <p>{s.intro}</p>
      <form method="post" action="/admin/privatliv" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <fieldset>
          <legend class="h2">{s.controllerHeading}</legend>
          {field('municipality', 'text', 'organization')}
          <TextArea name="address" label={p.fields.address} hint={p.hints.address} value={valueOf(state, 'controller', 'address', controller.address)} errors={errors} rows={2} required />
          {field('cvr')}
          {field('email', 'email', 'email')}
          {field('phone', 'tel', 'tel')}
        </fieldset>
        <fieldset>
          <legend class="h2">{s.dpoHeading}</legend>
          {field('dpoName', 'text', 'name')}
          {field('dpoEmail', 'email', 'email')}
          {field('dpoPhone', 'tel', 'tel')}
        </fieldset>
        <fieldset>
          <legend class="h2">{s.recipientsHeading}</legend>
          <TextArea name="recipients" label={`${p.fields.recipients} (${s.optional})`} hint={p.hints.recipients} value={valueOf(state, 'controller', 'recipients', controller.recipients)} errors={errors} rows={4} />
        </fieldset>
        <button type="submit" class="button button-primary">{s.save}</button>
      </form>
    </AdminPage>
  );
}
