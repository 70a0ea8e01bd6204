// Divides a group's quota over the areas' organisations: the coordinator picks a method and an
// optional minimum, sees each area's exact share beside its seats, and accepts or overrides.
import { apportionmentMethods } from '../../domain/apportion.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { Summit } from '../../domain/summit.ts';
import type { ApportionmentProposal } from '../../use-cases/summit/apportion-group-quota.ts';
import { CsrfField, SelectField, TextField } from '../form-fields.tsx';
import type { PageContext } from '../layout.tsx';
import { ScrollTable } from '../scroll-table.tsx';
import { AdminPage, type FormState } from './admin-shell.tsx';

export function AdminApportionmentPage({ ctx, summit, group, method, minimum, proposal, saved, state }: {
  ctx: PageContext; summit: Summit; group: StakeholderGroup; method: string; minimum: string;
  proposal?: ApportionmentProposal; saved: boolean; state?: FormState;
}) {
  const { t, lang } = ctx;
  const a = t.admin.apportionment;
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const decimals = (n: number) => n.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const settingsErrors = state?.form === 'settings' ? state.errors : {};
  const seatErrors = state?.form === 'apportion' ? state.errors : {};
  const seatValue = (areaId: string, proposed: number) =>
    state?.form === 'apportion' ? state.values[`seats-${areaId}`] ?? '' : String(proposed);
  return (
    <AdminPage ctx={ctx} title={a.heading(group.name)} summit={summit} section="groups" saved={saved} state={state}>
      <p>{a.intro(group.quota)}</p>
      {summit.isDemo ? <p class="form-hint">{t.admin.areas.demoNote}</p> : null}
      <h2>{a.settingsHeading}</h2>
      <form method="get" action={`/admin/summits/${summit.id}/groups/${group.id}/apportionment`} novalidate>
        <SelectField name="method" label={a.method} value={method} errors={settingsErrors}
          options={apportionmentMethods.map((m) => ({ value: m, label: t.apportionmentMethods[m] }))} />
        <TextField name="minimum" type="number" min={0} label={a.minimum} hint={a.minimumHint} value={minimum} errors={settingsErrors} />
        <button type="submit" class="button button-secondary">{a.preview}</button>
      </form>
      {proposal ? (
        <section aria-labelledby="proposal-heading">
          <h2 id="proposal-heading">{a.proposalHeading}</h2>
          <p>{a.overrideHint}</p>
          <form method="post" action={`/admin/summits/${summit.id}/groups/${group.id}/apportionment`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="method" value={proposal.method} />
            <input type="hidden" name="minimum" value={String(proposal.minimum)} />
            <ScrollTable label={a.caption(t.apportionmentMethods[proposal.method])}><table class="table table--zebra">
              <caption>{a.caption(t.apportionmentMethods[proposal.method])}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.area}</th>
                  <th scope="col" class="samskab-number">{a.population}</th>
                  <th scope="col" class="samskab-number">{a.exactQuota}</th>
                  <th scope="col" class="samskab-number">{a.proposed}</th>
                  <th scope="col" class="samskab-number">{a.current}</th>
                  <th scope="col">{a.seats}</th>
                </tr>
              </thead>
              <tbody>
                {proposal.rows.map((row) => {
                  const name = `seats-${row.areaId}`;
                  const error = seatErrors[name];
                  return (
                    <tr>
                      <th scope="row">{row.areaName}</th>
                      <td class="samskab-number">{row.population.toLocaleString(locale)}</td>
                      <td class="samskab-number">{decimals(row.exactQuota)}</td>
                      <td class="samskab-number">{row.seats}</td>
                      <td class="samskab-number">{row.currentQuota ?? t.admin.none}</td>
                      <td class={error ? 'form-error' : undefined}>
                        <label class="sr-only" for={name}>{a.seatsFor(row.areaName)}</label>
                        {error ? <span class="form-error-message" id={`${name}-error`}>{error}</span> : null}
                        <input class="form-input input-width-xs" type="number" min={0} id={name} name={name} value={seatValue(row.areaId, row.seats)}
                          aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${name}-error` : undefined} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{a.total}</th>
                  <td class="samskab-number">{proposal.rows.reduce((s, r) => s + r.population, 0).toLocaleString(locale)}</td>
                  <td class="samskab-number">{decimals(proposal.rows.reduce((s, r) => s + r.exactQuota, 0))}</td>
                  <td class="samskab-number">{proposal.rows.reduce((s, r) => s + r.seats, 0)}</td>
                  <td></td><td></td>
                </tr>
              </tfoot>
            </table></ScrollTable>
            <div class="samskab-actions">
              {/* The first button is the one Enter in a number field submits: it saves what is typed. */}
              <button type="submit" name="action" value="override" class="button button-primary">{a.saveOverride}</button>
              <button type="submit" name="action" value="accept" class="button button-secondary">{a.accept}</button>
            </div>
          </form>
        </section>
      ) : null}
    </AdminPage>
  );
}
