'use client';
/**
 * The exercises-by-year plot: a client leaf that lays itself out (exercisesLayout.ts) at its preset
 * in the server HTML and at its column's real width in the browser.
 */
import { tokenColor } from '@/components/frame/tokens';
import styles from '../shared/chart.module.css';
import { hintId } from '../shared/plotIds';
import { PlotSvg } from '../shared/PlotSvg';
import { Layer, Rectangle } from '../shared/rechartsMarks';
import { SelectedYearBand } from '../shared/SelectedYearBand';
import type { ChartBox, ChartSize } from '../shared/sizes';
import { usePlotLayout } from '../shared/usePlotLayout';
import { EXERCISES_BOXES, exercisesLayout } from './exercisesLayout';
import { EXERCISES_CHART_ID, type LabelledBin } from './exercisesModel';

export interface ExercisesPlotProps {
  bins: readonly LabelledBin[];
  /** The plot's own words in the page's language: its accessible name, and what an empty plot says. */
  words: { title: string; empty: string };
  /** The preset drawn on the server; on the client, the column's width. */
  size: ChartSize;
  /** An explicit box instead of the preset's (tests). */
  box?: ChartBox;
  /** Lay out again at the column's width (default). */
  responsive?: boolean;
}

/** The plot, laid out at its preset on the server and at its column's width in the browser. */
export function ExercisesPlot({ bins, words, size, box, responsive = true }: ExercisesPlotProps) {
  const preset = box ?? EXERCISES_BOXES[size];
  const { ref, layout, reserve } = usePlotLayout((b) => exercisesLayout(bins, b), preset, responsive);
  const font = layout.font;
  return (
    <PlotSvg ref={ref} phoneHeight={reserve} width={layout.width} height={layout.height} label={words.title} describedBy={hintId(EXERCISES_CHART_ID, 'main', size)}>
      {layout.stacks.length === 0 && (
        <text x={layout.plotLeft} y={layout.plotTop + 20} fontSize={font} className={styles.muted}>
          {words.empty}
        </text>
      )}
      {layout.yearBands.length > 0 && (
        <SelectedYearBand
          bands={layout.yearBands}
          range={{ minYear: layout.yearBands[0]?.year ?? 0, maxYear: layout.yearBands[layout.yearBands.length - 1]?.year ?? 0 }}
          top={layout.plotTop}
          bottom={layout.plotBottom}
          font={font}
          width={layout.width}
        />
      )}
      <Layer aria-hidden="true">
        {layout.yTicks.map((tick) => (
          <Layer key={tick.value}>
            <line x1={layout.plotLeft} x2={layout.plotRight} y1={tick.y} y2={tick.y} className={tick.value === 0 ? styles.axisLine : styles.grid} />
            <text x={layout.plotLeft - 6} y={tick.y + 4} fontSize={font} textAnchor="end" className={styles.muted}>
              {tick.value}
            </text>
          </Layer>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={tick.year} x={tick.x} y={layout.plotBottom + 18} fontSize={font} textAnchor="middle" className={styles.muted}>
            {tick.year}
          </text>
        ))}
      </Layer>
      {layout.stacks.map((stack, i) => (
        <Layer
          key={stack.id}
          data-mark={stack.id}
          data-group={EXERCISES_CHART_ID}
          tabIndex={i === 0 ? 0 : -1}
          role="img"
          aria-label={stack.name}
          className={styles.mark}
        >
          <rect className={styles.hit} data-export-ignore="" x={stack.x - 2} y={layout.plotTop - 2} width={stack.width + 4} height={layout.plotBottom - layout.plotTop + 4} rx={3} />
          {stack.segments.map((seg) => (
            <Rectangle
              key={seg.kind}
              x={stack.x}
              y={seg.y}
              width={stack.width}
              height={Math.max(0, seg.height - 1)}
              isAnimationActive={false}
              isUpdateAnimationActive={false}
              style={{ fill: tokenColor(seg.token) }}
            />
          ))}
          <text x={stack.x + stack.width / 2} y={stack.totalY - 5} fontSize={font} textAnchor="middle" className={styles.strong}>
            {stack.total}
          </text>
        </Layer>
      ))}
    </PlotSvg>
  );
}
