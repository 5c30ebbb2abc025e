import { Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Unit } from '../api/types/controls.ts';
import { heatmapLayout } from '../lib/heatmap-layout.ts';
import { HeatmapCellDetails } from './heatmap-cell-details.tsx';
import { HeatmapLegend } from './heatmap-legend.tsx';

const CELL = 14;
const GAP = 3;

const describe = (u: Unit) =>
  `${u.label} (${u.start === u.end ? u.start : `${u.start} – ${u.end}`}): ${u.status}${u.reason && u.reason !== u.status ? ` — ${u.reason}` : ''}`;

/**
 * Every slot (or event item) of the period, one cell each: a calendar for daily controls, a strip in
 * period order otherwise. Hover or focus shows a cell's label, dates and reason; clicking keeps it
 * open with links to the evidence it looked at.
 */
export function ControlHeatmap({ frequency, population }: { frequency: string; population: Unit[] }) {
  const layout = useMemo(() => heatmapLayout(frequency, population), [frequency, population]);
  const [hovered, setHovered] = useState<Unit>();
  const [selected, setSelected] = useState<Unit>();
  if (population.length === 0) {
    return <Text c="dimmed">Nothing was expected in the period (did not occur).</Text>;
  }
  const calendar = layout.kind === 'calendar';
  const template = `repeat(${layout.columns}, ${CELL}px)`;
  return (
    <Stack gap="xs">
      <div
        style={{ overflowX: 'auto', paddingBottom: 4 }}
        data-testid="control-heatmap"
        data-kind={layout.kind}
      >
        {calendar && (
          <div className="heatmap" style={{ gridTemplateColumns: template, columnGap: GAP }} aria-hidden>
            {layout.months.map((m) => (
              <span key={`${m.column}:${m.label}`} className="heatmap-month" style={{ gridColumn: m.column }}>
                {m.label}
              </span>
            ))}
          </div>
        )}
        <div
          className={calendar ? 'heatmap' : 'heatmap heatmap-strip'}
          style={
            calendar ? { gridTemplateColumns: template, gridTemplateRows: `repeat(7, ${CELL}px)` } : undefined
          }
        >
          {layout.cells.map(({ unit, row, column }) => (
            <button
              type="button"
              key={unit.label}
              className="heatmap-cell"
              style={calendar ? { gridRow: row, gridColumn: column } : undefined}
              data-slot={unit.label}
              data-status={unit.status}
              title={describe(unit)}
              aria-label={describe(unit)}
              aria-pressed={selected?.label === unit.label}
              onMouseEnter={() => setHovered(unit)}
              onMouseLeave={() => setHovered(undefined)}
              onFocus={() => setHovered(unit)}
              onBlur={() => setHovered(undefined)}
              onClick={() => setSelected(selected?.label === unit.label ? undefined : unit)}
            />
          ))}
        </div>
      </div>
      <HeatmapLegend population={population} />
      <HeatmapCellDetails unit={hovered ?? selected} />
    </Stack>
  );
}
