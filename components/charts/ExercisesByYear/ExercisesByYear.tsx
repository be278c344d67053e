import { Layer } from 'recharts';
import { exercises } from '@/data/exercises';
import type { Exercise } from '@/data/schema';
import { tokenColor } from '@/components/frame/tokens';
import { messages } from '@/lib/i18n';
import styles from '../shared/chart.module.css';
import { ChartView, hintId } from '../shared/ChartView';
import { PlotSvg } from '../shared/PlotSvg';
import { Rectangle } from '../shared/rechartsMarks';
import { SelectedYearBand } from '../shared/SelectedYearBand';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, type ChartRenderProps, type ChartSize } from '../shared/sizes';
import {
  EXERCISES_CHART_ID,
  exerciseTips,
  exercisesFrameSpec,
  exercisesLayout,
  toRows,
  yearBins,
  type ExercisesLayout,
} from './exercisesByYearState';

function ExercisesPlot({ layout, size }: { layout: ExercisesLayout; size: ChartSize }) {
  const t = messages().charts;
  const font = layout.font;
  return (
    <PlotSvg width={layout.width} height={layout.height} label={t.exercises.title} describedBy={hintId(EXERCISES_CHART_ID, 'main', size)}>
      {layout.stacks.length === 0 && (
        <text x={layout.plotLeft} y={layout.plotTop + 20} fontSize={font} className={styles.muted}>
          {t.views.empty}
        </text>
      )}
      {layout.yearBands.length > 0 && (
        <SelectedYearBand
          bands={layout.yearBands}
          range={{ minYear: layout.yearBands[0]?.year ?? 0, maxYear: layout.yearBands[layout.yearBands.length - 1]?.year ?? 0 }}
          top={layout.plotTop}
          bottom={layout.plotBottom}
          font={font}
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

/** Joint exercises per year, stacked by kind. */
export function ExercisesByYear({ sizes = ALL_SIZES, headingLevel }: ChartRenderProps) {
  const ctx = serverContext();
  const rows: readonly Exercise[] = exercises;
  const bins = yearBins(rows, Number(ctx.asOf.slice(0, 4)));
  const spec = exercisesFrameSpec(rows, bins, ctx, FIRST_SOURCE_ID);
  return (
    <ChartView
      id={EXERCISES_CHART_ID}
      spec={spec}
      headingLevel={headingLevel}
      tips={exerciseTips(bins)}
      main={{
        plots: sizes.map((size) => ({ size, node: <ExercisesPlot layout={exercisesLayout(bins, size)} size={size} /> })),
        data: toRows(bins, ctx),
        frame: spec,
      }}
    />
  );
}
