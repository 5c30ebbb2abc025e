import { CONTROL_STATUS_WORDS } from '../document/words.ts';
import type { ReportModel } from '../report-model.ts';
import { STATUS_COLOURS } from './palette.ts';
import { INK, renderSvg } from './render-svg.ts';

const STATUSES = ['effective', 'exceptions', 'not_effective', 'no_evidence'] as const;
const ROW = 20;

/** One stacked bar per criterion in scope: how many of its tested controls have each status. */
export function criteriaStatusChart(model: ReportModel): string {
  const status = new Map(model.controls.map((c) => [c.id, c.status]));
  const criteria = model.criteria.map((c) => c.id);
  const longest = Math.max(4, ...criteria.map((id) => id.length));
  const left = Math.min(160, 16 + longest * 7);
  const height = 80 + Math.max(1, criteria.length) * ROW;
  const series = STATUSES.map((s) => ({
    type: 'bar' as const,
    name: CONTROL_STATUS_WORDS[s],
    stack: 'controls',
    barWidth: ROW - 6,
    itemStyle: { color: STATUS_COLOURS[s], borderColor: '#ffffff', borderWidth: 0.5 },
    data: model.criteria.map((c) => c.controls.filter((id) => status.get(id) === s).length),
  }));
  return renderSvg(
    'criteria-status',
    {
      legend: { top: 4, left: 'center', itemWidth: 14, itemHeight: 10, textStyle: { color: INK } },
      grid: { top: 36, left, right: 24, bottom: 36 },
      xAxis: {
        type: 'value',
        minInterval: 1,
        name: 'Controls',
        nameLocation: 'middle',
        nameGap: 22,
        axisLabel: { color: INK },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: criteria,
        axisLabel: { interval: 0, color: INK, width: left - 12, overflow: 'truncate' },
      },
      series,
    },
    720,
    height,
  );
}
