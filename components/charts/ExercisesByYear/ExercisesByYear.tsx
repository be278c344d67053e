import { exercises } from '@/data/exercises';
import type { Exercise } from '@/data/schema';
import { ChartView } from '../shared/ChartView';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, type ChartRenderProps } from '../shared/sizes';
import { EXERCISES_CHART_ID, exerciseTips, exercisesFrameSpec, toRows, yearBins } from './exercisesByYearState';
import { ExercisesPlot } from './ExercisesPlot';

/** Joint exercises per year, stacked by kind. */
export function ExercisesByYear({ sizes = ALL_SIZES, headingLevel, responsive = true }: ChartRenderProps) {
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
        plots: sizes.map((size) => ({ size, node: <ExercisesPlot bins={bins} size={size} responsive={responsive} /> })),
        data: toRows(bins, ctx),
        frame: spec,
      }}
    />
  );
}
