// /admin/summits/:id/survey/results: responses against invitations; per question a bar chart with
// the numbers beside the bars and the same numbers in a table (the accessible alternative), the
// mean of a rating, the free texts; the split by stakeholder group where a group has >= 5 responses;
// the CSV and XLSX downloads.
import type { QuestionResult, SurveyQuestion } from '../../../domain/after-summit/survey.ts';
import type { SurveyResults } from '../../../use-cases/survey/get-survey-results.ts';
import { CountBars, sharePercent } from '../../charts.tsx';
import type { PageContext } from '../../layout.tsx';
import { AdminPage } from '../admin-shell.tsx';
import { surveyUrl } from './admin-survey.tsx';

const formatMean = (ctx: PageContext, mean: number) => mean.toLocaleString(ctx.lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

function QuestionBlock({ ctx, question, result, id, level }: { ctx: PageContext; question: SurveyQuestion; result: QuestionResult; id: string; level: 3 | 4 }) {
  const r = ctx.t.afterSummit.results;
  const Heading = level === 3 ? 'h3' : 'h4';
  if (question.kind === 'text') {
    if (!result.texts) return null;
    return (
      <div class="samskab-survey-question">
        <Heading id={`${id}-heading`}>{question.text}</Heading>
        <p>{r.answered(result.answered)}</p>
        {result.texts.length === 0 ? <p>{r.noTexts}</p> : <ul class="samskab-survey-texts">{result.texts.map((t) => <li>{t}</li>)}</ul>}
      </div>
    );
  }
  const rows = Object.entries(result.counts).map(([label, value]) => ({ label, value }));
  const total = question.kind === 'multiple' ? result.answered : rows.reduce((n, row) => n + row.value, 0);
  return (
    <div class="samskab-survey-question">
      <Heading id={`${id}-heading`}>{question.text}</Heading>
      <p>{r.answered(result.answered)}{result.mean !== undefined ? ` ${r.mean(formatMean(ctx, result.mean))}` : ''}</p>
      <CountBars id={`${id}-chart`} title={question.text} total={total}
        description={r.chartDescription(question.text, rows.map((row) => r.part(row.label, row.value)).join(', '))} rows={rows} />
      <div class="table--responsive-scroll">
        <table class="table table--compact">
          <caption class="sr-only">{question.text}</caption>
          <thead><tr><th scope="col">{r.option}</th><th scope="col" class="samskab-number">{r.count}</th><th scope="col" class="samskab-number">{r.share}</th></tr></thead>
          <tbody>
            {rows.map((row) => <tr><td>{row.label}</td><td class="samskab-number">{row.value}</td><td class="samskab-number">{`${sharePercent(row.value, total)} %`}</td></tr>)}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function SurveyResultsPage({ ctx, results }: { ctx: PageContext; results: SurveyResults }) {
  const r = ctx.t.afterSummit.results;
  const base = surveyUrl(results.summit.id);
  const { questions } = results.survey;
  return (
    <AdminPage ctx={ctx} title={r.title} summit={results.summit} section="survey">
      <p><a href={base}>{r.back}</a></p>
      <p class="h3" id="survey-counts">{r.counts(results.responses, results.invited)}</p>
      {results.responses === 0 ? <p>{r.noResponses}</p> : (
        <>
          <section aria-labelledby="all-heading">
            <h2 id="all-heading">{r.allHeading}</h2>
            {questions.map((q, i) => <QuestionBlock ctx={ctx} question={q} result={results.questions[i]!} id={`result-${q.id}`} level={3} />)}
          </section>
          <section aria-labelledby="by-group-heading">
            <h2 id="by-group-heading">{r.byGroupHeading}</h2>
            <p>{r.byGroupIntro}</p>
            {results.byGroup.length === 0 ? <p>{r.noGroups}</p> : results.byGroup.map((group, g) => (
              <div class="samskab-survey-group">
                <h3 id={`group-${g}-heading`}>{r.groupHeading(group.name, group.responses)}</h3>
                {questions.map((q, i) => <QuestionBlock ctx={ctx} question={q} result={group.questions[i]!} id={`group-${g}-${q.id}`} level={4} />)}
              </div>
            ))}
          </section>
          <section aria-labelledby="export-heading">
            <h2 id="export-heading">{r.exportHeading}</h2>
            <ul>
              <li><a href={`${base}/responses.csv`}>{r.exportCsv}</a></li>
              <li><a href={`${base}/responses.xlsx`}>{r.exportXlsx}</a></li>
            </ul>
          </section>
        </>
      )}
    </AdminPage>
  );
}
