import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, GridComponent, LegendComponent, VisualMapComponent, SVGRenderer]);

/** Fixed fonts and colours that stay readable when the report is printed in black and white. */
export const FONT = 'sans-serif';
export const INK = '#222222';

/**
 * Draws an ECharts option as an SVG string on the server (ECharts SSR: `ssr: true` with the SVG renderer).
 * ECharts numbers its hover classes and defs ids from process-wide counters, so the same option would not
 * give the same bytes twice; a printed report has no hover, so those classes and their style sheet are
 * dropped (with the `ecmeta_*` attributes kept for client-side hydration) and the ids are named after
 * the chart.
 */
export function renderSvg(
  name: string,
  option: echarts.EChartsCoreOption,
  width: number,
  height: number,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: INK }, ...option });
    return chart
      .renderToSVGString()
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '')
      .replace(/ ecmeta_\w+="[^"]*"/g, '')
      .replace(/(id="|url\(#|href="#)zr\d+-/g, `$1${name}-`);
  } finally {
    chart.dispose();
  }
}
