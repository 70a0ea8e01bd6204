// The feedback survey after a summit: its questions, the rules of a valid answer, and what the
// results may show. Anonymous by default: a response keeps no link to its person (see the survey
// migration and storage/survey-store.ts); each link answers once, marked spent on the recipient,
// never on the response. Pure rules, no I/O.
import { DomainError } from '../errors.ts';

export const questionKinds = ['rating', 'single', 'multiple', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export interface SurveyQuestion {
  /** Stable within the survey ("q1", "q2", …), so answers and exports keep their column. */
  id: string;
  kind: QuestionKind;
  text: string;
  /** The choices of a single or multiple choice question; absent for rating and text. */
  options?: string[];
  required: boolean;
}

/** draft: being written; sent: links went out and answers come in; closed: the close date passed. */
export type SurveyStatus = 'draft' | 'sent' | 'closed';

export interface Survey {
  summitId: string;
  anonymous: boolean;
  questions: SurveyQuestion[];
  /** Days after sending when the one reminder goes to those who have not answered. */
  reminderDays: number;
  /** The day (YYYY-MM-DD, Danish time) after which no answer is taken; null before sending. */
  closesOn: string | null;
  sentAt: string | null;
  remindedAt: string | null;
}

export const surveyLimits = {
  questions: 30,
  questionText: 300,
  options: 20,
  optionText: 120,
  answerText: 2000,
  /** A group is shown on its own only with at least this many responses (and recipients). */
  groupMinimum: 5,
  reminderDays: 60,
} as const;

/** The Danish default for a summit: rating, meeting other sectors, keep, change, anything else. */
export function defaultSurveyQuestions(): SurveyQuestion[] {
  return [
    { id: 'q1', kind: 'rating', text: 'Hvor godt var topmødet alt i alt? (1 = dårligt, 5 = rigtig godt)', required: true },
    { id: 'q2', kind: 'single', text: 'Mødte du folk fra andre sektorer, end du selv kommer fra?', options: ['Ja, mange', 'Ja, nogle få', 'Nej'], required: true },
    { id: 'q3', kind: 'multiple', text: 'Hvad skal vi beholde til næste gang?', options: ['Debatten ved bordene', 'Blandingen af sektorer og områder', 'Oplæggene fra eksperterne', 'Programmets længde', 'Stedet'], required: false },
    { id: 'q4', kind: 'text', text: 'Hvad skal vi gøre anderledes næste gang?', required: false },
    { id: 'q5', kind: 'text', text: 'Er der andet, du vil sige til os?', required: false },
  ];
}

export function surveyStatus(survey: Pick<Survey, 'sentAt' | 'closesOn'>, today: string): SurveyStatus {
  if (!survey.sentAt) return 'draft';
  return survey.closesOn !== null && today > survey.closesOn ? 'closed' : 'sent';
}

// Made once: building a formatter (its locale and time zone data) cost more than a millisecond,
// on every survey page and answer.
const danishDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Danish calendar day of an instant, YYYY-MM-DD: the only time a response keeps. */
export function danishDay(iso: string): string {
  return danishDate.format(new Date(iso));
}

/** The day `days` after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Gives questions without an id the next free "qN". */
export function withQuestionIds(questions: (Omit<SurveyQuestion, 'id'> & { id?: string | undefined })[]): SurveyQuestion[] {
  let next = 1 + Math.max(0, ...questions.map((q) => /^q(\d+)$/.exec(q.id ?? '')?.[1]).filter(Boolean).map(Number));
  return questions.map((q) => ({ ...q, id: q.id ?? `q${next++}` }));
}

/**
 * Checks questions a coordinator wrote: throws `validation_failed` naming the first problem per
 * question (`details.questions[id]`), so nothing half-valid is stored.
 */
export function assertValidQuestions(questions: SurveyQuestion[]): SurveyQuestion[] {
  const problems: Record<string, string> = {};
  if (questions.length === 0) problems._ = 'no_questions';
  if (questions.length > surveyLimits.questions) problems._ = 'too_many_questions';
  const seen = new Set<string>();
  const cleaned = questions.map((q) => {
    const text = q.text.trim();
    const options = q.kind === 'single' || q.kind === 'multiple' ? (q.options ?? []).map((o) => o.trim()).filter(Boolean) : undefined;
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(q.id) || seen.has(q.id)) problems[q.id] = 'invalid_id';
    else if (!text) problems[q.id] = 'required';
    else if (text.length > surveyLimits.questionText) problems[q.id] = 'too_long';
    else if (options && options.length < 2) problems[q.id] = 'too_few_options';
    else if (options && options.length > surveyLimits.options) problems[q.id] = 'too_many_options';
    else if (options && options.some((o) => o.length > surveyLimits.optionText)) problems[q.id] = 'too_long';
    else if (options && new Set(options).size !== options.length) problems[q.id] = 'duplicate_option';
    seen.add(q.id);
    const question: SurveyQuestion = { id: q.id, kind: q.kind, text, required: q.required };
    if (options) question.options = options;
    return question;
  });
  if (Object.keys(problems).length) throw new DomainError('validation_failed', { questions: problems });
  return cleaned;
}

export type AnswerValue = number | string | string[];
export type AnswerProblem = 'required' | 'too_long' | 'unknown_option' | 'invalid';

/**
 * Reads a respondent's answers against the questions: the accepted values by question id, or the
 * problem per question. Unknown question ids are a problem of their own (`_`).
 */
export function readAnswers(questions: SurveyQuestion[], answers: { questionId: string; value: unknown }[]):
  { values: Record<string, AnswerValue>; problems: Record<string, AnswerProblem> } {
  const values: Record<string, AnswerValue> = {};
  const problems: Record<string, AnswerProblem> = {};
  const given = new Map<string, unknown>();
  for (const answer of answers) {
    if (!questions.some((q) => q.id === answer.questionId)) problems._ = 'invalid';
    else given.set(answer.questionId, answer.value);
  }
  for (const q of questions) {
    const raw = given.get(q.id);
    const empty = raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);
    if (empty) {
      if (q.required) problems[q.id] = 'required';
      continue;
    }
    switch (q.kind) {
      case 'rating': {
        const n = typeof raw === 'string' && /^[1-5]$/.test(raw) ? Number(raw) : raw;
        if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5) values[q.id] = n;
        else problems[q.id] = 'unknown_option';
        break;
      }
      case 'single':
        if (typeof raw === 'string' && q.options!.includes(raw)) values[q.id] = raw;
        else problems[q.id] = typeof raw === 'string' ? 'unknown_option' : 'invalid';
        break;
      case 'multiple': {
        const list = typeof raw === 'string' ? [raw] : raw;
        if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) problems[q.id] = 'invalid';
        else if (list.some((v) => !q.options!.includes(v as string))) problems[q.id] = 'unknown_option';
        // Kept in the question's order, each once.
        else values[q.id] = q.options!.filter((o) => list.includes(o));
        break;
      }
      case 'text':
        if (typeof raw !== 'string') problems[q.id] = 'invalid';
        else if (raw.length > surveyLimits.answerText) problems[q.id] = 'too_long';
        else if (raw.trim()) values[q.id] = raw.trim();
        else if (q.required) problems[q.id] = 'required';
        break;
    }
  }
  return { values, problems };
}

/** One stored response as the results see it: its group (null when not shown apart) and answers. */
export interface SurveyResponse {
  groupName: string | null;
  answers: Record<string, AnswerValue>;
}

export interface QuestionResult {
  id: string;
  /** Per option (rating: "1" … "5"), how many chose it; empty for text. */
  counts: Record<string, number>;
  /** Of the ratings given, rounded to two decimals. */
  mean?: number;
  /** The free-text answers, in no particular order. */
  texts?: string[];
  /** How many answered this question. */
  answered: number;
}

export interface GroupResult {
  name: string;
  responses: number;
  questions: QuestionResult[];
}

export const otherGroups = 'andre';

/** Counts, means and texts of each question over `responses`. */
export function summariseQuestions(questions: SurveyQuestion[], responses: SurveyResponse[], withTexts = true): QuestionResult[] {
  return questions.map((q) => {
    const counts: Record<string, number> = {};
    if (q.kind === 'rating') for (const n of ['1', '2', '3', '4', '5']) counts[n] = 0;
    if (q.kind === 'single' || q.kind === 'multiple') for (const o of q.options ?? []) counts[o] = 0;
    const texts: string[] = [];
    let sum = 0;
    let answered = 0;
    for (const response of responses) {
      const value = response.answers[q.id];
      if (value === undefined) continue;
      answered++;
      if (q.kind === 'rating' && typeof value === 'number') { counts[String(value)]!++; sum += value; }
      if (q.kind === 'single' && typeof value === 'string' && value in counts) counts[value]!++;
      if (q.kind === 'multiple' && Array.isArray(value)) for (const v of value) if (v in counts) counts[v]!++;
      if (q.kind === 'text' && typeof value === 'string') texts.push(value);
    }
    const result: QuestionResult = { id: q.id, counts, answered };
    if (q.kind === 'rating' && answered > 0) result.mean = Math.round((sum / answered) * 100) / 100;
    if (q.kind === 'text' && withTexts) result.texts = texts;
    return result;
  });
}

/**
 * The results split by stakeholder group: a group of its own only with at least
 * `surveyLimits.groupMinimum` responses; the rest together as "andre", shown only when it too
 * reaches the minimum. Free texts are never split by group (a sentence can name its writer).
 */
export function summariseByGroup(questions: SurveyQuestion[], responses: SurveyResponse[]): GroupResult[] {
  const byName = new Map<string, SurveyResponse[]>();
  for (const response of responses) {
    const name = response.groupName ?? otherGroups;
    byName.set(name, [...(byName.get(name) ?? []), response]);
  }
  const shown: [string, SurveyResponse[]][] = [];
  const rest: SurveyResponse[] = byName.get(otherGroups) ?? [];
  for (const [name, list] of [...byName.entries()].sort(([a], [b]) => a.localeCompare(b, 'da'))) {
    if (name === otherGroups) continue;
    if (list.length >= surveyLimits.groupMinimum) shown.push([name, list]);
    else rest.push(...list);
  }
  if (rest.length >= surveyLimits.groupMinimum) shown.push([otherGroups, rest]);
  return shown.map(([name, list]) => ({ name, responses: list.length, questions: summariseQuestions(questions, list, false) }));
}

/** Whether a survey's questions may still change: only until it is sent. */
export function assertSurveyEditable(survey: Pick<Survey, 'sentAt'>): void {
  if (survey.sentAt) throw new DomainError('survey_already_sent');
}

/** Links go out once the summit has been held (or closed after it). */
export function assertSurveySendable(summitStatus: string, survey: Pick<Survey, 'sentAt'>): void {
  if (survey.sentAt) throw new DomainError('survey_already_sent');
  if (summitStatus !== 'held' && summitStatus !== 'closed') throw new DomainError('survey_not_held', { status: summitStatus });
}
