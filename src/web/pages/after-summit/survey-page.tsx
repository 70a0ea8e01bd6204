// The respondent's page behind a survey link (/s/{token}): says plainly whether the survey is
// anonymous, asks each question as a fieldset (radio buttons, checkboxes or a text area, all by
// keyboard), keeps what was typed when an answer is refused, and answers a spent link with
// "Tak, vi har allerede dit svar".
import type { AnswerProblem, SurveyQuestion } from '../../../domain/after-summit/survey.ts';
import { surveyLimits } from '../../../domain/after-summit/survey.ts';
import type { SurveyPageView } from '../../../use-cases/survey/answer-survey.ts';
import { CsrfField, ErrorSummary } from '../../form-fields.tsx';
import { formatDate } from '../../i18n/messages.ts';
import { Layout, type PageContext } from '../../layout.tsx';

/** What was typed, by question id (several values for a multiple choice). */
export type TypedAnswers = Record<string, string[]>;

export interface SurveyFormProps {
  ctx: PageContext;
  view: SurveyPageView;
  action: string;
  typed?: TypedAnswers;
  problems?: Record<string, AnswerProblem>;
  /** Shown instead of the form: thanks, already answered, closed. */
  message?: string | undefined;
}

const field = (q: SurveyQuestion) => `q-${q.id}`;

function Question({ ctx, q, typed, problem }: { ctx: PageContext; q: SurveyQuestion; typed: string[]; problem?: AnswerProblem | undefined }) {
  const t = ctx.t.afterSummit.respondent;
  const name = field(q);
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const error = problem ? <span class="form-error-message" id={errorId}><span class="sr-only">Fejl: </span>{t.problems[problem]}</span> : null;
  const legend = <legend class="form-label">{q.text} <span class="samskab-muted">{q.required ? t.requiredMark : t.optionalMark}</span></legend>;
  const described = [q.kind === 'rating' || q.kind === 'text' ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ') || undefined;
  if (q.kind === 'text') {
    return (
      <div class={`form-group${problem ? ' form-error' : ''}`}>
        <label class="form-label" for={name}>{q.text} <span class="samskab-muted">{q.required ? t.requiredMark : t.optionalMark}</span></label>
        <span class="form-hint" id={hintId}>{t.textHint(surveyLimits.answerText)}</span>
        {error}
        <textarea class="form-input" id={name} name={name} rows={5} aria-invalid={problem ? 'true' : undefined} aria-describedby={described}>{typed[0] ?? ''}</textarea>
      </div>
    );
  }
  const options = q.kind === 'rating' ? ['1', '2', '3', '4', '5'] : q.options ?? [];
  const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
  return (
    <fieldset class={`form-group${problem ? ' form-error' : ''}`} id={name} aria-describedby={described}>
      {legend}
      {q.kind === 'rating' ? <span class="form-hint" id={hintId}>{t.ratingScale}</span> : null}
      {error}
      <ul class="nobullet-list">
        {options.map((option, i) => (
          <li class={type === 'radio' ? 'form-group-radio' : 'form-group-checkbox'}>
            <input class={type === 'radio' ? 'form-radio' : 'form-checkbox'} type={type} id={`${name}-${i}`} name={name} value={option} checked={typed.includes(option)} />
            <label for={`${name}-${i}`}>{option}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function SurveyFormPage({ ctx, view, action, typed = {}, problems = {}, message }: SurveyFormProps) {
  const t = ctx.t.afterSummit.respondent;
  const { survey } = view;
  const errors = Object.fromEntries(Object.entries(problems).filter(([id]) => id !== '_').map(([id, p]) => [`q-${id}`, `${survey.questions.find((q) => q.id === id)?.text ?? ''}: ${t.problems[p]}`]));
  return (
    <Layout ctx={ctx} title={t.title} personal>
      <h1>{t.heading(view.summitTitle)}</h1>
      {message ? (
        <div class="alert alert-success" role="status" id="survey-message" tabindex={-1} data-notice><div class="alert-body"><p class="alert-text">{message}</p></div></div>
      ) : (
        <>
          <p>{survey.anonymous ? t.anonymous : t.notAnonymous}</p>
          {survey.closesOn ? <p>{t.closesOn(formatDate(ctx.lang, `${survey.closesOn}T12:00:00.000Z`))}</p> : null}
          <ErrorSummary errors={errors} t={ctx.t} general={problems._ ? [t.problems[problems._]] : []} />
          <form method="post" action={action} novalidate>
            <CsrfField token={ctx.csrfToken} />
            {survey.questions.map((q) => <Question ctx={ctx} q={q} typed={typed[q.id] ?? []} problem={problems[q.id]} />)}
            <button type="submit" class="button button-primary">{t.submit}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
