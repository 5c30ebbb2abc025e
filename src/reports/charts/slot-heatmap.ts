import type { ReportModel } from '../report-model.ts';
import { heatmapColumns } from './heatmap-columns.ts';
import { MET, NONE_MET, NOTHING_EXPECTED, PART_MET } from './palette.ts';
import { INK, renderSvg } from './render-svg.ts';

const ROW = 18;
/** Cell value for "the control expected nothing in this column" (real values are shares in [0, 1]). */
const NOTHING = -1;

/**
 * The heat map of the period: one row per tested control (not-applicable ones excluded), one column per
 * ISO week (or month), each cell the share of the control's slots or items in that column that were met.
 * A unit sits in the column of its last day (when it fell due), clamped to the period, so the annual slot
 * and quarterly slots land where a miss would become known.
 */
export function slotHeatmap(model: ReportModel): string {
  const controls = model.controls.filter((c) => c.status !== 'not_applicable');
  const columns = heatmapColumns(model.period);
  const data: [number, number, number][] = [];
  controls.forEach((c, y) => {
    const met = columns.labels.map(() => 0);
    const all = columns.labels.map(() => 0);
    for (const u of c.population) {
      const x = columns.indexOf(u.end);
      all[x] = (all[x] ?? 0) + 1;
      if (u.status === 'met') met[x] = (met[x] ?? 0) + 1;
    }
    all.forEach((n, x) => {
      data.push([x, y, n ? Math.round(((met[x] ?? 0) / n) * 1000) / 1000 : NOTHING]);
    });
  });
  const longest = Math.max(4, ...controls.map((c) => c.id.length));
  const left = Math.min(220, 16 + longest * 7);
  const every = Math.max(1, Math.ceil(columns.labels.length / 13));
  return renderSvg(
    'slot-heatmap',
    {
      grid: { top: 12, left, right: 16, bottom: 78 },
      xAxis: {
        type: 'category',
        data: columns.labels,
        splitArea: { show: false },
        axisLabel: { color: INK, interval: every - 1, rotate: 45, fontSize: 10 },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: controls.map((c) => c.id),
        axisLabel: { interval: 0, color: INK, width: left - 12, overflow: 'truncate' },
      },
      visualMap: {
        type: 'piecewise',
        orient: 'horizontal',
        left: 'center',
        bottom: 4,
        itemWidth: 14,
        itemHeight: 10,
        textStyle: { color: INK },
        pieces: [
          { min: 1, max: 1, color: MET, label: 'All met' },
          { gt: 0, lt: 1, color: PART_MET, label: 'Some missing or failed' },
          { min: 0, max: 0, color: NONE_MET, label: 'None met' },
          { min: NOTHING, max: NOTHING, color: NOTHING_EXPECTED, label: 'Nothing expected' },
        ],
      },
      series: [
        {
          type: 'heatmap',
          data,
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        },
      ],
    },
    720,
    100 + Math.max(1, controls.length) * ROW,
  );
}
