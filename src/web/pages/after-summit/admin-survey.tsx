// /admin/summits/:id/survey ("Evaluering"): the coordinator's survey editor (settings, questions to
// edit, reorder, remove and add), sending once the summit is held (asked first, with the number of
// people), and the live count of answers with a link to the results.
import type { SurveyQuestion } from '../../../domain/after-summit/survey.ts';
import type { SurveyOverview } from '../../../use-cases/survey/get-survey.ts';
import type { SurveyAudienceSize } from '../../../use-cases/survey/send-survey.ts';
import { CheckboxField, CsrfField, SelectField, TextArea, TextField } from '../../form-fields.tsx';
import { formatDate } from '../../i18n/messages.ts';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';

export const surveyUrl = (summitId: string) => `/admin/summits/${summitId}/survey`;

export interface SurveyPageProps {
  ctx: PageContext;
  overview: SurveyOverview;
  audience: SurveyAudienceSize;
  notice?: string | undefined;
  state?: FormState | undefined;
}

const dayLabel = (ctx: PageContext, day: string) => formatDate(ctx.lang, `${day}T12:00:00.000Z`);

function QuestionFields({ ctx, prefix, question, state, form }: { ctx: PageContext; prefix: string; question?: SurveyQuestion; state?: FormState | undefined; form: string }) {
  const s = ctx.t.afterSummit.survey;
  const errors = errorsOf(state, form);
  const ids = (name: string) => `${prefix}-${name}`;
  const prefixed = errors;
  const kept = state && state.form === form;
  return (
    <>
      <TextField name={ids('text')} label={s.question} value={kept ? state.values.text : question?.text} errors={prefixed} />
      <SelectField name={ids('kind')} label={s.kind} value={kept ? state.values.kind : (question?.kind ?? 'rating')} errors={prefixed}
        options={(['rating', 'single', 'multiple', 'text'] as const).map((k) => ({ value: k, label: s.kinds[k] }))} />
      <TextArea name={ids('options')} label={s.options} hint={s.optionsHint} value={kept ? state.values.options : (question?.options ?? []).join('\n')} errors={prefixed} rows={4} />
      <CheckboxField name={ids('required')} label={s.required} checked={kept ? state.values.required === 'on' : (question?.required ?? false)} />
    </>
  );
}

function Questions({ ctx, overview, state }: { ctx: PageContext; overview: SurveyOverview; state?: FormState | undefined }) {
  const s = ctx.t.afterSummit.survey;
  const base = surveyUrl(overview.summit.id);
  const { questions } = overview.survey;
  const editable = overview.status === 'draft';
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">{s.questionsHeading}</h2>
      {editable ? null : <p>{s.locked}</p>}
      <ol class="samskab-survey-questions">
        {questions.map((q, i) => (
          <li>
            {editable ? (
              <details open={state?.form === `question-${q.id}`}>
                <summary>{`${q.text} · ${s.kinds[q.kind]} · ${q.required ? s.requiredYes : s.requiredNo}`}</summary>
                <form method="post" action={`${base}/questions/${q.id}`} novalidate>
                  <CsrfField token={ctx.csrfToken} />
                  <QuestionFields ctx={ctx} prefix={q.id} question={q} state={state} form={`question-${q.id}`} />
                  <button type="submit" class="button button-secondary">{s.saveQuestion}<span class="sr-only">: {s.questionNumber(i + 1)}</span></button>
                </form>
                <div class="samskab-actions">
                  {i > 0 ? (
                    <form method="post" action={`${base}/questions/${q.id}/up`}><CsrfField token={ctx.csrfToken} />
                      <button type="submit" class="button button-tertiary">{s.moveUp}<span class="sr-only">: {s.questionNumber(i + 1)}</span></button></form>
                  ) : null}
                  {i < questions.length - 1 ? (
                    <form method="post" action={`${base}/questions/${q.id}/down`}><CsrfField token={ctx.csrfToken} />
                      <button type="submit" class="button button-tertiary">{s.moveDown}<span class="sr-only">: {s.questionNumber(i + 1)}</span></button></form>
                  ) : null}
                  {questions.length > 1 ? (
                    <form method="post" action={`${base}/questions/${q.id}/remove`}><CsrfField token={ctx.csrfToken} />
                      <button type="submit" class="button button-tertiary">{s.remove}<span class="sr-only">: {s.questionNumber(i + 1)}</span></button></form>
                  ) : null}
                </div>
              </details>
            ) : (
              <p>{`${q.text} (${s.kinds[q.kind]}${q.options ? `: ${q.options.join(', ')}` : ''})`}</p>
            )}
          </li>
        ))}
      </ol>
      {editable && questions.length < 30 ? (
        <form method="post" action={`${base}/questions`} novalidate>
          <h3>{s.addHeading}</h3>
          <CsrfField token={ctx.csrfToken} />
          <QuestionFields ctx={ctx} prefix="new" state={state} form="question-new" />
          <button type="submit" class="button button-secondary">{s.add}</button>
        </form>
      ) : null}
    </section>
  );
}

function Settings({ ctx, overview, state }: { ctx: PageContext; overview: SurveyOverview; state?: FormState | undefined }) {
  const s = ctx.t.afterSummit.survey;
  const { survey } = overview;
  if (overview.status !== 'draft') {
    return (
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{s.settingsHeading}</h2>
        <p>{survey.anonymous ? s.anonymousYes : s.anonymousNo}</p>
        {survey.closesOn ? <p>{s.closesOnValue(dayLabel(ctx, survey.closesOn))}</p> : null}
      </section>
    );
  }
  const errors = errorsOf(state, 'settings');
  const kept = state?.form === 'settings';
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{s.settingsHeading}</h2>
      <form method="post" action={`${surveyUrl(overview.summit.id)}/settings`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <CheckboxField name="anonymous" label={s.anonymous} hint={s.anonymousHint} checked={kept ? state.values.anonymous === 'on' : survey.anonymous} />
        <TextField name="reminderDays" type="number" min={1} label={s.reminderDays} hint={s.reminderDaysHint} value={valueOf(state, 'settings', 'reminderDays', survey.reminderDays)} errors={errors} />
        <TextField name="closesOn" label={s.closesOn} hint={s.closesOnHint} value={valueOf(state, 'settings', 'closesOn', survey.closesOn)} errors={errors} />
        <button type="submit" class="button button-secondary">{s.saveSettings}</button>
      </form>
    </section>
  );
}

function Send({ ctx, overview, audience }: { ctx: PageContext; overview: SurveyOverview; audience: SurveyAudienceSize }) {
  const s = ctx.t.afterSummit.survey;
  if (overview.status !== 'draft') return null;
  const held = overview.summit.status === 'held' || overview.summit.status === 'closed';
  return (
    <section aria-labelledby="send-heading">
      <h2 id="send-heading">{s.sendHeading}</h2>
      {!held ? <p>{s.sendNotHeld}</p> : (
        <form method="post" action={`${surveyUrl(overview.summit.id)}/send`}>
          <CsrfField token={ctx.csrfToken} />
          <p>{s.audience(audience.count, audience.basis)}</p>
          {audience.count > 0 ? <button type="submit" class="button button-primary">{s.sendButton}</button> : null}
        </form>
      )}
    </section>
  );
}

export function AdminSurveyPage({ ctx, overview, audience, notice, state }: SurveyPageProps) {
  const s = ctx.t.afterSummit.survey;
  return (
    <AdminPage ctx={ctx} title={s.title} summit={overview.summit} section="survey" state={state}>
      {notice ? <div class="alert alert-success" role="status" tabindex={-1} data-notice><div class="alert-body"><p class="alert-text">{notice}</p></div></div> : null}
      <p>{s.intro}</p>
      <p><strong>{s.statusLabel}:</strong> {s.status[overview.status]}</p>
      {overview.status === 'draft' ? null : (
        <p class="h3">{s.counts(overview.responses, overview.invited)} · <a href={`${surveyUrl(overview.summit.id)}/results`}>{s.resultsLink}</a></p>
      )}
      <Settings ctx={ctx} overview={overview} state={state} />
      <Questions ctx={ctx} overview={overview} state={state} />
      <Send ctx={ctx} overview={overview} audience={audience} />
    </AdminPage>
  );
}

/** The question before sending: how many get the link, and that the questions are fixed after. */
export function SendSurveyConfirmPage({ ctx, overview, audience }: { ctx: PageContext; overview: SurveyOverview; audience: SurveyAudienceSize }) {
  const s = ctx.t.afterSummit.survey;
  const base = surveyUrl(overview.summit.id);
  return (
    <AdminPage ctx={ctx} title={s.confirmHeading} summit={overview.summit} section="survey">
      <p>{s.confirm(audience.count, audience.basis)}</p>
      <p>{overview.survey.anonymous ? s.anonymousYes : s.anonymousNo}</p>
      <form method="post" action={`${base}/send`} class="samskab-actions">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="confirmed" value="yes" />
        <button type="submit" class="button button-primary">{s.confirmButton(audience.count)}</button>
        <a href={base} class="button button-secondary">{s.cancel}</a>
      </form>
    </AdminPage>
  );
}
