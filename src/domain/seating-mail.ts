// The email a participant gets when a table plan is published (or their seat changes): their table
// in each round, and for a facilitator the people at their table. Danish, as the summit speaks it.
import type { SeatingRound, SeatingTableSpec } from './seating-plan.ts';
import type { SeatingParticipant } from './seating-roster.ts';

export interface SeatingMail {
  subject: string;
  bodyText: string;
}

export function tableLabel(tables: SeatingTableSpec[], id: string): string {
  const table = tables.find((t) => t.id === id);
  return `Bord ${table?.name ?? id}${table?.accessible ? ' (tilgængeligt bord)' : ''}`;
}

export function seatingMail(input: {
  summitTitle: string;
  person: SeatingParticipant;
  rounds: SeatingRound[];
  tables: SeatingTableSpec[];
  roster: Map<string, SeatingParticipant>;
  changed: boolean;
}): SeatingMail {
  const { person, rounds, tables, roster } = input;
  const lines: string[] = [`Kære ${person.name}`, ''];
  lines.push(input.changed
    ? `Bordplanen til ${input.summitTitle} er ændret. Her er din nye placering:`
    : `Bordplanen til ${input.summitTitle} er klar. Her er din placering:`);
  lines.push('');
  rounds.forEach((round, r) => {
    const table = round.tables.find((t) => t.people.includes(person.id));
    lines.push(`Runde ${r + 1}: ${table ? tableLabel(tables, table.id) : 'ingen plads i denne runde'}`);
    if (person.facilitator && table) {
      lines.push('  Ved dit bord:');
      for (const id of table.people) {
        if (id === person.id) continue;
        const other = roster.get(id);
        if (other) lines.push(`  - ${other.name} (${other.groupName}${other.areaName ? `, ${other.areaName}` : ''})`);
      }
    }
  });
  lines.push('', 'Du kan også se din placering på din personlige side via linket i din invitation.', '', 'Venlig hilsen', 'Arrangørerne');
  return { subject: `Din bordplacering: ${input.summitTitle}`, bodyText: lines.join('\n') };
}
