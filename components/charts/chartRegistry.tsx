/**
 * Each chart id with its component and the words pages list it by. Server-only: the components
 * read the datasets.
 */
import type { ReactElement } from 'react';
import { CHART_ID, CHART_IDS, type ChartId } from './chartIds';
import { chartWords, type ChartWords } from './chartWords';
import type { ChartRenderProps } from './shared/sizes';
import { Membership } from './Membership/Membership';
import { ExercisesByYear } from './ExercisesByYear/ExercisesByYear';
import { Milestones } from './Milestones/Milestones';
import { RatsFigures } from './RatsFigures/RatsFigures';
import { Terrorism2020 } from './Terrorism2020/Terrorism2020';

export interface ChartEntry extends ChartWords {
  Component: (props: ChartRenderProps) => ReactElement;
}

const COMPONENTS: Record<ChartId, ChartEntry['Component']> = {
  [CHART_ID.terrorism2020]: Terrorism2020,
  [CHART_ID.ratsFigures]: RatsFigures,
  [CHART_ID.membership]: Membership,
  [CHART_ID.exercisesByYear]: ExercisesByYear,
  [CHART_ID.milestones]: Milestones,
};

/** Every chart, in the order pages list them. */
export function chartEntries(): ChartEntry[] {
  return CHART_IDS.map(chartEntry);
}

export function chartEntry(id: ChartId): ChartEntry {
  return { ...chartWords(id), Component: COMPONENTS[id] };
}
