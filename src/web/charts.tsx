// Charts drawn on the server as SVG, so they show without client JavaScript: d3-scale gives the
// scales and their ticks, d3-shape the paths, preact the elements. A chart names itself for
// screen readers (role="img", title and description) and every page shows the same numbers in a
// table beside it, so nothing is only in the picture.
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { Language } from './i18n/messages.ts';

const clockFormats: Record<Language, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' }),
};

/** Danish local clock time, "09.15" (Danish) or "09:15" (English). */
export const formatClock = (lang: Language, at: Date | string) => clockFormats[lang].format(typeof at === 'string' ? new Date(at) : at);

interface ChartLabels {
  id: string;
  title: string;
  description: string;
  lang: Language;
}

/**
 * A running total over time, e.g. arrivals at the door: one step per event, with a dashed line
 * at the number expected. `times` are ISO instants in order.
 */
export function RunningTotalChart({ id, title, description, lang, times, expected }: ChartLabels & { times: string[]; expected: number }) {
  const width = 640, height = 240;
  const margin = { top: 12, right: 16, bottom: 32, left: 44 };
  const instants = times.map((t) => new Date(t).getTime());
  const first = instants[0]!, last = instants[instants.length - 1]!;
  // A few minutes either side, so a single arrival is still a visible step.
  const padding = Math.max(5 * 60_000, (last - first) * 0.05);
  const x = scaleUtc().domain([new Date(first - padding), new Date(last + padding)]).range([margin.left, width - margin.right]);
  const top = Math.max(expected, instants.length, 1);
  const y = scaleLinear().domain([0, top]).nice(5).range([height - margin.bottom, margin.top]);
  const points: [number, number][] = [[x(new Date(first - padding)), y(0)], ...instants.map((t, i): [number, number] => [x(new Date(t)), y(i + 1)]), [x(new Date(last + padding)), y(instants.length)]];
  const path = line().curve(curveStepAfter)(points) ?? '';
  return (
    <svg class="samskab-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {y.ticks(5).map((tick) => (
          <g>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} class="samskab-chart-grid" />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" text-anchor="end" class="samskab-chart-label">{tick}</text>
          </g>
        ))}
        {x.ticks(6).map((tick) => (
          <text x={x(tick)} y={height - margin.bottom + 20} text-anchor="middle" class="samskab-chart-label">{formatClock(lang, tick)}</text>
        ))}
        {expected > 0 ? <line x1={margin.left} x2={width - margin.right} y1={y(expected)} y2={y(expected)} class="samskab-chart-target" /> : null}
        <path d={path} class="samskab-chart-line" />
      </g>
    </svg>
  );
}

export interface BarRow {
  label: string;
  value: number;
  of: number;
}

/** Horizontal bars of a part against its whole (arrived against expected), one row each. */
export function PartOfWholeBars({ id, title, description, rows }: Omit<ChartLabels, 'lang'> & { rows: BarRow[] }) {
  const width = 640, rowHeight = 30;
  const margin = { top: 4, right: 72, bottom: 4, left: 200 };
  const height = margin.top + margin.bottom + rowHeight * rows.length;
  const y = scaleBand().domain(rows.map((_, i) => String(i))).range([margin.top, height - margin.bottom]).padding(0.25);
  const x = scaleLinear().domain([0, Math.max(1, ...rows.map((r) => Math.max(r.of, r.value)))]).range([margin.left, width - margin.right]);
  return (
    <svg class="samskab-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {rows.map((row, i) => {
          const top = y(String(i))!;
          return (
            <g>
              <text x={margin.left - 8} y={top + y.bandwidth() / 2} dy="0.32em" text-anchor="end" class="samskab-chart-label">{shorten(row.label, 28)}</text>
              <rect x={margin.left} y={top} width={x(row.of) - margin.left} height={y.bandwidth()} class="samskab-chart-track" />
              <rect x={margin.left} y={top} width={x(row.value) - margin.left} height={y.bandwidth()} class="samskab-chart-bar" />
              <text x={Math.max(x(row.of), x(row.value)) + 6} y={top + y.bandwidth() / 2} dy="0.32em" class="samskab-chart-label">{`${row.value}/${row.of}`}</text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Counts of events per slot of `minutes`, from the first slot with one to the last: a chart's table. */
export function countsPerSlot(times: string[], minutes: number): { from: Date; to: Date; count: number; total: number }[] {
  if (times.length === 0) return [];
  const size = minutes * 60_000;
  const start = Math.floor(new Date(times[0]!).getTime() / size) * size;
  const slots: { from: Date; to: Date; count: number; total: number }[] = [];
  let total = 0;
  let index = 0;
  for (let from = start; index < times.length; from += size) {
    let count = 0;
    while (index < times.length && new Date(times[index]!).getTime() < from + size) { count++; index++; }
    total += count;
    if (count > 0) slots.push({ from: new Date(from), to: new Date(from + size), count, total });
  }
  return slots;
}

export interface CountRow {
  label: string;
  value: number;
}

/**
 * Horizontal bars of counts (answers per option), each with its number and share of `total`
 * beside it; the bars share one scale so they compare.
 */
export function CountBars({ id, title, description, rows, total }: Omit<ChartLabels, 'lang'> & { rows: CountRow[]; total: number }) {
  const width = 640, rowHeight = 30;
  const margin = { top: 4, right: 96, bottom: 4, left: 220 };
  const height = margin.top + margin.bottom + rowHeight * Math.max(1, rows.length);
  const y = scaleBand().domain(rows.map((_, i) => String(i))).range([margin.top, height - margin.bottom]).padding(0.25);
  const x = scaleLinear().domain([0, Math.max(1, ...rows.map((r) => r.value))]).range([margin.left, width - margin.right]);
  return (
    <svg class="samskab-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {rows.map((row, i) => {
          const top = y(String(i))!;
          return (
            <g>
              <text x={margin.left - 8} y={top + y.bandwidth() / 2} dy="0.32em" text-anchor="end" class="samskab-chart-label">{shorten(row.label, 30)}</text>
              <rect x={margin.left} y={top} width={x(row.value) - margin.left} height={y.bandwidth()} class="samskab-chart-bar" />
              <text x={x(row.value) + 6} y={top + y.bandwidth() / 2} dy="0.32em" class="samskab-chart-label">{`${row.value} (${sharePercent(row.value, total)} %)`}</text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** A whole-number percentage of `total` (0 when there is none). */
export const sharePercent = (value: number, total: number) => (total > 0 ? Math.round((value / total) * 100) : 0);

export interface FillBarRow {
  label: string;
  quota: number;
  confirmed: number;
  invited: number;
  waitlisted: number;
}

/**
 * Seats of groups or areas: confirmed, then invited (waiting for an answer), then waitlisted,
 * stacked on a track as long as the quota, with a mark at the quota. Waitlisted people hold no
 * seat, so their part may run past the mark. The legend is the page's (in HTML), the numbers are
 * beside each bar and in the table under the chart.
 */
export function FillBars({ id, title, description, rows }: Omit<ChartLabels, 'lang'> & { rows: FillBarRow[] }) {
  const width = 640, rowHeight = 30;
  const margin = { top: 4, right: 96, bottom: 4, left: 200 };
  const height = margin.top + margin.bottom + rowHeight * Math.max(1, rows.length);
  const y = scaleBand().domain(rows.map((_, i) => String(i))).range([margin.top, height - margin.bottom]).padding(0.25);
  const x = scaleLinear().domain([0, Math.max(1, ...rows.map((r) => Math.max(r.quota, r.confirmed + r.invited + r.waitlisted)))]).range([margin.left, width - margin.right]);
  return (
    <svg class="samskab-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {rows.map((row, i) => {
          const top = y(String(i))!;
          const band = y.bandwidth();
          const parts: [number, string][] = [[row.confirmed, 'samskab-chart-bar'], [row.invited, 'samskab-chart-bar-invited'], [row.waitlisted, 'samskab-chart-bar-waitlisted']];
          let from = 0;
          return (
            <g>
              <text x={margin.left - 8} y={top + band / 2} dy="0.32em" text-anchor="end" class="samskab-chart-label">{shorten(row.label, 28)}</text>
              <rect x={margin.left} y={top} width={x(row.quota) - margin.left} height={band} class="samskab-chart-track" />
              {parts.map(([value, cls]) => {
                const start = from;
                from += value;
                return value > 0 ? <rect x={x(start)} y={top} width={x(start + value) - x(start)} height={band} class={cls} /> : null;
              })}
              <line x1={x(row.quota)} x2={x(row.quota)} y1={top - 2} y2={top + band + 2} class="samskab-chart-quota" />
              <text x={Math.max(x(row.quota), x(from)) + 6} y={top + band / 2} dy="0.32em" class="samskab-chart-label">{`${row.confirmed + row.invited}/${row.quota}`}</text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

export interface DaySeries {
  /** A class that colours the line (the page's legend names it). */
  className: string;
  /** Counts per day, in the order of `days`. */
  counts: number[];
}

const dayFormats: Record<Language, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', day: 'numeric', month: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }),
};

/** "3. dec." from a calendar day "2026-12-03". */
export const formatDay = (lang: Language, day: string) => dayFormats[lang].format(new Date(`${day}T00:00:00Z`));

/**
 * Running totals per calendar day (answers yes and no over time), one stepped line per series.
 * `days` are YYYY-MM-DD in order; a day without events need not be listed.
 */
export function DailyTotalsChart({ id, title, description, lang, days, series }: ChartLabels & { days: string[]; series: DaySeries[] }) {
  const width = 640, height = 240;
  const margin = { top: 12, right: 16, bottom: 32, left: 44 };
  const at = (day: string) => new Date(`${day}T00:00:00Z`);
  const first = days.length > 0 ? at(days[0]!).getTime() : 0;
  const last = days.length > 0 ? at(days[days.length - 1]!).getTime() + 86_400_000 : 86_400_000;
  const x = scaleUtc().domain([new Date(first), new Date(Math.max(last, first + 86_400_000))]).range([margin.left, width - margin.right]);
  const totals = series.map((s) => s.counts.reduce((sum, c) => sum + c, 0));
  const y = scaleLinear().domain([0, Math.max(1, ...totals)]).nice(5).range([height - margin.bottom, margin.top]);
  const paths = series.map((s) => {
    let total = 0;
    const points: [number, number][] = [[x(new Date(first)), y(0)]];
    days.forEach((day, i) => { total += s.counts[i] ?? 0; points.push([x(at(day)), y(total)]); });
    points.push([x(new Date(last)), y(total)]);
    return { className: s.className, d: line().curve(curveStepAfter)(points) ?? '' };
  });
  const ticks = x.ticks(Math.min(6, Math.max(1, days.length)));
  return (
    <svg class="samskab-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {y.ticks(5).filter(Number.isInteger).map((tick) => (
          <g>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} class="samskab-chart-grid" />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" text-anchor="end" class="samskab-chart-label">{tick}</text>
          </g>
        ))}
        {ticks.map((tick) => (
          <text x={x(tick)} y={height - margin.bottom + 20} text-anchor="middle" class="samskab-chart-label">{formatDay(lang, tick.toISOString().slice(0, 10))}</text>
        ))}
        {paths.map((p) => <path d={p.d} class={`samskab-chart-line ${p.className}`} />)}
      </g>
    </svg>
  );
}
