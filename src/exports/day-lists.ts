// The lists for the day, from the confirmed participants: catering (each dietary need with its
// count and who has it), accessibility (needs and the tables of each round, for the hosts who
// place chairs and ramps), no photos (for the photographer), everyone, and the contact list (only
// those whose consent to share their contact details is in force). Needs are written by
// people themselves, so equal needs are grouped case- and space-insensitively.
import type { DayListKind, ParticipantRow } from '../domain/participant-list.ts';
import type { TableDocument } from './table-document.ts';

export interface DayListLabels {
  titles: Record<DayListKind, string>;
  subtitle: (summit: string, count: number) => string;
  name: string;
  email: string;
  phone: string;
  group: string;
  from: string;
  need: string;
  count: string;
  people: string;
  dietNeeds: string;
  accessibilityNeeds: string;
  photos: string;
  noPhoto: string;
  round: (round: number) => string;
}

export interface DayListInput {
  summitTitle: string;
  rows: ParticipantRow[];
  /** Table names per round of the published plan, by person id (empty without a plan). */
  tables: Map<string, string>[];
}

const from = (r: ParticipantRow) => r.organisationName ?? r.areaName ?? '';
const byName = (a: ParticipantRow, b: ParticipantRow) => a.name.localeCompare(b.name, 'da');

export function buildDayList(kind: DayListKind, input: DayListInput, labels: DayListLabels): TableDocument {
  const confirmed = input.rows.filter((r) => r.status === 'confirmed').sort(byName);
  const tableColumns = input.tables.map((_, i) => ({ label: labels.round(i + 1), width: 0.8 }));
  const tablesOf = (r: ParticipantRow) => input.tables.map((round) => round.get(r.id) ?? '');
  const titled = (rows: (string | number)[][], columns: TableDocument['columns'], count: number): TableDocument =>
    ({ title: labels.titles[kind], subtitle: labels.subtitle(input.summitTitle, count), columns, rows });

  switch (kind) {
    case 'catering': {
      const needs = new Map<string, { need: string; people: string[] }>();
      for (const r of confirmed) {
        const need = r.dietNeeds.trim().replace(/\s+/g, ' ');
        if (!need) continue;
        const key = need.toLocaleLowerCase('da');
        const entry = needs.get(key) ?? { need, people: [] };
        entry.people.push(r.name);
        needs.set(key, entry);
      }
      const rows = [...needs.values()].sort((a, b) => b.people.length - a.people.length || a.need.localeCompare(b.need, 'da'))
        .map((n) => [n.need, n.people.length, n.people.join(', ')]);
      return titled(rows, [{ label: labels.need, width: 2 }, { label: labels.count, width: 0.7 }, { label: labels.people, width: 4 }], confirmed.length);
    }
    case 'accessibility': {
      const people = confirmed.filter((r) => r.accessibilityNeeds.trim());
      return titled(people.map((r) => [r.name, r.groupName, r.accessibilityNeeds.trim(), ...tablesOf(r)]),
        [{ label: labels.name, width: 2 }, { label: labels.group, width: 1.5 }, { label: labels.accessibilityNeeds, width: 3 }, ...tableColumns], people.length);
    }
    case 'no-photo': {
      const people = confirmed.filter((r) => !r.consentPhotos);
      return titled(people.map((r) => [r.name, r.groupName, from(r), ...tablesOf(r)]),
        [{ label: labels.name, width: 2 }, { label: labels.group, width: 1.5 }, { label: labels.from, width: 2 }, ...tableColumns], people.length);
    }
    case 'contacts': {
      const people = confirmed.filter((r) => r.sharesContacts);
      return titled(people.map((r) => [r.name, from(r), r.email, r.phone, r.groupName]),
        [{ label: labels.name, width: 2 }, { label: labels.from, width: 2 }, { label: labels.email, width: 2.4 }, { label: labels.phone, width: 1.4 }, { label: labels.group, width: 1.5 }], people.length);
    }
    case 'everyone':
      return titled(confirmed.map((r) => [r.name, r.email, r.groupName, from(r), r.dietNeeds.trim(), r.accessibilityNeeds.trim(), r.consentPhotos ? '' : labels.noPhoto, ...tablesOf(r)]),
        [{ label: labels.name, width: 2 }, { label: labels.email, width: 2.4 }, { label: labels.group, width: 1.4 }, { label: labels.from, width: 1.6 },
          { label: labels.dietNeeds, width: 1.4 }, { label: labels.accessibilityNeeds, width: 1.4 }, { label: labels.photos, width: 0.9 }, ...tableColumns], confirmed.length);
  }
}
