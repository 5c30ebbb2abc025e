import type { ChartName } from '../document/block.ts';
import type { ReportModel } from '../report-model.ts';
import { criteriaStatusChart } from './criteria-status-chart.ts';
import { slotHeatmap } from './slot-heatmap.ts';

const CHARTS: Record<ChartName, (model: ReportModel) => string> = {
  'criteria-status': criteriaStatusChart,
  'slot-heatmap': slotHeatmap,
};

/** The SVG of a chart the document refers to; HTML inlines it, Markdown writes it beside the file. */
export const chartSvg = (name: ChartName, model: ReportModel): string => CHARTS[name](model);
