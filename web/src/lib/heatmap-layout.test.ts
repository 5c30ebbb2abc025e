/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heatmapLayout } from './heatmap-layout.ts';

const days = (start: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.parse(`${start}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    return { label: d, start: d, end: d, status: 'met' };
  });

describe('heat map layout', () => {
  it('lays a year of daily slots out as a calendar, one cell per day, weeks as columns', () => {
    // 2026-01-01 is a Thursday.
    const layout = heatmapLayout('daily', days('2026-01-01', 365));
    assert.equal(layout.kind, 'calendar');
    assert.equal(layout.cells.length, 365);
    assert.deepEqual(layout.cells[0], { unit: layout.cells[0]!.unit, row: 4, column: 1 });
    // Monday 2026-01-05 starts the second column.
    assert.deepEqual([layout.cells[4]!.row, layout.cells[4]!.column], [1, 2]);
    assert.equal(layout.columns, 53);
    const positions = new Set(layout.cells.map((c) => `${c.row}:${c.column}`));
    assert.equal(positions.size, 365, 'no two days share a cell');
    assert.deepEqual(
      layout.months.map((m) => m.label),
      [
        'Jan 2026',
        'Feb 2026',
        'Mar 2026',
        'Apr 2026',
        'May 2026',
        'Jun 2026',
        'Jul 2026',
        'Aug 2026',
        'Sep 2026',
        'Oct 2026',
        'Nov 2026',
        'Dec 2026',
      ],
    );
  });

  it('keeps weekly slots and event items in period order in a strip', () => {
    const units = days('2026-01-05', 3);
    const layout = heatmapLayout('weekly', units);
    assert.equal(layout.kind, 'strip');
    assert.deepEqual(
      layout.cells.map((c) => c.unit),
      units,
    );
    assert.equal(heatmapLayout('event', []).cells.length, 0);
    assert.equal(heatmapLayout('daily', []).kind, 'strip');
  });
});
