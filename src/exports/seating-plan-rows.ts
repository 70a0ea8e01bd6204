// The rows of a table plan as exported: one row per person per round, tables in plan order.
import type { SeatingPlan } from '../domain/seating-plan.ts';
import type { SeatingParticipant } from '../domain/seating-roster.ts';

export interface SeatingExportLabels {
  csv: { round: string; table: string; name: string; group: string; area: string; organisation: string; facilitator: string; accessible: string; yes: string; no: string };
}

export function seatingPlanRows(plan: SeatingPlan, people: SeatingParticipant[], labels: SeatingExportLabels): string[][] {
  const c = labels.csv;
  const byId = new Map(people.map((p) => [p.id, p]));
  const header = [c.round, c.table, c.name, c.group, c.area, c.organisation, c.facilitator, c.accessible];
  const rows: string[][] = [header];
  plan.rounds.forEach((round, r) => {
    for (const table of round.tables) {
      const spec = plan.settings.tables.find((t) => t.id === table.id);
      const seated = table.people.map((id) => byId.get(id)).filter((p): p is SeatingParticipant => !!p)
        .sort((a, b) => Number(b.facilitator) - Number(a.facilitator) || a.name.localeCompare(b.name, 'da'));
      for (const p of seated) {
        rows.push([String(r + 1), spec?.name ?? table.id, p.name, p.groupName, p.areaName ?? '', p.organisationName ?? '',
          p.facilitator ? c.yes : c.no, spec?.accessible ? c.yes : c.no]);
      }
    }
  });
  return rows;
}
