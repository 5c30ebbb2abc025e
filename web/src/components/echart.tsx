import { init } from 'echarts/core';
import { useEffect, useRef } from 'react';
import type { ChartOption } from '../lib/echarts-setup.ts';
import '../lib/echarts-setup.ts';

/** One ECharts instance per mount, resized with its box, replaced options on change. */
export function EChart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init>>(undefined);

  useEffect(() => {
    if (!ref.current) return;
    const instance = init(ref.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} style={{ width: '100%', height }} role="img" aria-label={label} />;
}
