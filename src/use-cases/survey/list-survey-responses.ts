// Every response as rows for a CSV or XLSX file: one row per response, one column per question.
// In an anonymous survey the rows name no one and come in the order of their random ids.
import type { SummitId } from '../../domain/ids.ts';
import { otherGroups, type AnswerValue } from '../../domain/after-summit/survey.ts';
import type { Deps } from '../../ports.ts';
import { loadSurvey } from './get-survey.ts';

export interface SurveyResponseTable {
  summitTitle: string;
  anonymous: boolean;
  header: string[];
  rows: string[][];
}

const cell = (value: AnswerValue | undefined) => (value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value));

export async function listSurveyResponses(deps: Deps, summitId: SummitId, labels: { number: string; day: string; group: string; respondent: string }): Promise<SurveyResponseTable> {
  const stores = deps.db.stores;
  const { summit, survey } = await loadSurvey(stores, summitId);
  const [responses, groups, people] = await Promise.all([
    stores.surveys.listResponses(summitId), stores.groups.list(summitId), survey.anonymous ? Promise.resolve([]) : stores.seatingRoster.listAll(summitId),
  ]);
  const groupNames = new Map(groups.map((g) => [g.id as string, g.name]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const header = [labels.number, labels.day, labels.group, ...(survey.anonymous ? [] : [labels.respondent]), ...survey.questions.map((q) => q.text)];
  const rows = responses.map((r, i) => [
    String(i + 1), r.submittedOn, (r.groupId && groupNames.get(r.groupId)) || otherGroups,
    ...(survey.anonymous ? [] : [(r.respondentId && names.get(r.respondentId)) || '']),
    ...survey.questions.map((q) => cell(r.answers[q.id])),
  ]);
  return { summitTitle: summit.title, anonymous: survey.anonymous, header, rows };
}
