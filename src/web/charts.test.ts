import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { countsPerSlot, PartOfWholeBars, RunningTotalChart } from './charts.tsx';

describe('charts', () => {
  it('counts events per slot with a running total, skipping empty slots', () => {
    const slots = countsPerSlot(['2026-03-01T08:01:00Z', '2026-03-01T08:14:59Z', '2026-03-01T08:15:00Z', '2026-03-01T09:02:00Z'], 15);
    assert.deepEqual(slots.map((s) => [s.from.toISOString(), s.count, s.total]), [
      ['2026-03-01T08:00:00.000Z', 2, 2], ['2026-03-01T08:15:00.000Z', 1, 3], ['2026-03-01T09:00:00.000Z', 1, 4],
    ]);
    assert.deepEqual(countsPerSlot([], 15), []);
  });

  it('draws one step per arrival, labels the clock in Danish time and names itself for screen readers', () => {
    const svg = renderToString(RunningTotalChart({ id: 'a', title: 'Ankomster', description: '3 af 5', lang: 'da', expected: 5,
      times: ['2026-03-01T08:00:00Z', '2026-03-01T08:10:00Z', '2026-03-01T08:30:00Z'] }));
    assert.match(svg, /role="img" aria-labelledby="a-title a-desc"/);
    assert.match(svg, /<title id="a-title">Ankomster<\/title><desc id="a-desc">3 af 5<\/desc>/);
    // 08:00 UTC is 09.00 in Copenhagen in March.
    assert.match(svg, />09\.\d\d</);
    const path = /<path d="([^"]+)"/.exec(svg)![1]!;
    // Step-after: every arrival adds a vertical and a horizontal segment.
    assert.ok((path.match(/L/g) ?? []).length >= 2 * 3, path);
  });

  it('draws a bar no longer than its track when the part is within the whole', () => {
    const svg = renderToString(PartOfWholeBars({ id: 'b', title: 'Grupper', description: '', rows: [{ label: 'Borgere', value: 3, of: 12 }, { label: 'Erhverv', value: 12, of: 12 }] }));
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.equal(widths.length, 4);
    assert.ok(Math.abs(widths[1]! - widths[0]! / 4) < 0.01, `a quarter of the track: ${widths}`);
    assert.equal(widths[3], widths[2]);
    assert.match(svg, />3\/12</);
  });
});
