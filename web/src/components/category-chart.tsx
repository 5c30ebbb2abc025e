import { useMemo } from 'react';
import type { Overview } from '../api/types/overview.ts';
import type { ChartOption } from '../lib/echarts-setup.ts';
import { EChart } from './echart.tsx';

const SERIES = [
  { key: 'met', name: 'Met', color: '#0ca678' },
  { key: 'at_risk', name: 'At risk', color: '#e03131' },
  { key: 'no_controls', name: 'No controls', color: '#adb5bd' },
] as const;

/** Criteria per category by status, as stacked bars. */
export function CategoryChart({ categories }: { categories: Overview['categories'] }) {
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: categories.map((c) => c.title), inverse: true },
      series: SERIES.map((s) => ({
        type: 'bar',
        name: s.name,
        stack: 'criteria',
        color: s.color,
        data: categories.map((c) => c.criteria[s.key]),
      })),
    }),
    [categories],
  );
  return (
    <EChart option={option} height={48 + 40 * categories.length} label="Criteria per category by status" />
  );
}
