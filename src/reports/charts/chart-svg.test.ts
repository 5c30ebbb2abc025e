import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFixture } from '../report-fixture.ts';
import { chartSvg } from './chart-svg.ts';
import { criteriaStatusChart } from './criteria-status-chart.ts';
import { heatmapColumns } from './heatmap-columns.ts';
import { MET, NONE_MET, NOTHING_EXPECTED, PART_MET } from './palette.ts';
import { slotHeatmap } from './slot-heatmap.ts';

/** XML well-formedness as far as a report needs it: one root, balanced tags, no stray `<` or `&`. */
function assertWellFormedSvg(svg: string): void {
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    const text = svg.slice(last, m.index);
    assert.doesNotMatch(
      text,
      /<|&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);)/i,
      `stray markup before ${m[0]}`,
    );
    last = tag.lastIndex;
    const [, close, name = '', , selfClosing] = m;
    if (selfClosing) continue;
    if (close) assert.equal(stack.pop(), name, `</${name}> closes the open element`);
    else stack.push(name);
    if (!stack.length) assert.equal(svg.slice(last).trim(), '', 'nothing after the root element');
  }
  assert.deepEqual(stack, []);
}

/** The heat map's cells, row by row (top to bottom), each row left to right, as fill colours. */
function heatmapGrid(svg: string, columns: number): string[][] {
  const fills = new Set([MET, PART_MET, NONE_MET, NOTHING_EXPECTED]);
  const rows = new Map<number, { x: number; fill: string }[]>();
  for (const m of svg.matchAll(/<path d="M([\d.]+) ([\d.]+)l[^"]*Z" fill="(#[0-9a-f]{6})"/g)) {
    const [, x = '', y = '', fill = ''] = m;
    if (!fills.has(fill)) continue;
    const row = rows.get(Number(y)) ?? [];
    row.push({ x: Number(x), fill });
    rows.set(Number(y), row);
  }
  return [...rows.entries()]
    .filter(([, cells]) => cells.length === columns)
    .sort(([a], [b]) => a - b)
    .map(([, cells]) => cells.sort((a, b) => a.x - b.x).map((c) => c.fill));
}

describe('report charts', () => {
  const model = reportFixture();

  it('are well-formed, static SVG in a print-safe font', () => {
    for (const svg of [criteriaStatusChart(model), slotHeatmap(model)]) {
      assertWellFormedSvg(svg);
      assert.doesNotMatch(svg, /<script|<style|\son\w+=|zr\d+-/);
      assert.match(svg, /font-family:sans-serif/);
    }
  });

  it('give the same bytes for the same model, whatever was drawn before', () => {
    const first = [chartSvg('criteria-status', model), chartSvg('slot-heatmap', model)];
    slotHeatmap(structuredClone(model));
    const again = structuredClone(model);
    assert.deepEqual([chartSvg('criteria-status', again), chartSvg('slot-heatmap', again)], first);
  });

  it('draws one bar per criterion in scope, with the four control statuses as the legend', () => {
    const svg = criteriaStatusChart(model);
    for (const c of model.criteria) assert.ok(svg.includes(`>${c.id}</text>`), c.id);
    for (const label of ['Effective', 'Exceptions noted', 'Not effective', 'No evidence'])
      assert.ok(svg.includes(`>${label}</text>`), label);
  });

  it('draws one heat map row per tested control and one column per ISO week of the period', () => {
    const svg = slotHeatmap(model);
    const tested = model.controls.filter((c) => c.status !== 'not_applicable');
    const weeks = heatmapColumns(model.period).labels;
    assert.equal(weeks.length, 53);
    for (const c of tested) assert.ok(svg.includes(`>${c.id}</text>`), c.id);
    assert.ok(!svg.includes('>physical-access-review</text>'), 'not-applicable controls have no row');
    const grid = heatmapGrid(svg, weeks.length);
    assert.equal(grid.length, tested.length);
    const cell = (control: string, week: string) =>
      grid[tested.findIndex((c) => c.id === control)]?.[weeks.indexOf(week)];
    assert.equal(cell('vuln-scan', '2026-W14'), NONE_MET, 'the missed scan week is red');
    assert.equal(cell('vuln-scan', '2026-W15'), MET);
    assert.equal(cell('encryption-in-transit', '2026-W37'), NONE_MET, 'the week of the expired certificate');
    assert.equal(cell('pentest', '2026-W30'), NOTHING_EXPECTED, 'the annual slot expects nothing mid-year');
  });

  it('colours a column partly red when only some of its units failed', () => {
    const partial = reportFixture();
    const tls = partial.controls.find((c) => c.id === 'encryption-in-transit')!;
    tls.population = tls.population.map((u) => (u.label === '2026-09-07' ? u : { ...u, status: 'met' }));
    const weeks = heatmapColumns(partial.period).labels;
    const grid = heatmapGrid(slotHeatmap(partial), weeks.length);
    const row = partial.controls.filter((c) => c.status !== 'not_applicable').indexOf(tls);
    assert.equal(grid[row]?.[weeks.indexOf('2026-W37')], PART_MET);
  });

  it('uses months for periods longer than a year, and one column for a single date', () => {
    const long = heatmapColumns({ start: '2025-01-01', end: '2026-12-31' });
    assert.equal(long.labels.length, 24);
    assert.equal(long.labels[long.indexOf('2026-03-15')], '2026-03');
    const day = heatmapColumns({ start: '2026-12-31', end: '2026-12-31' });
    assert.deepEqual(day.labels, ['2026-W53']);
    assert.equal(day.indexOf('2026-01-01'), 0, 'dates outside the period are clamped to it');
  });
});
