/**
 * Each chart id with its component and the words pages list it by. Server-only: the components
 * read the datasets.
 */
import type { ReactElement } from 'react';
import { DATA_AS_OF } from '@/data/meta';
import { format, messages } from '@/lib/i18n';
import { CHART_ID, CHART_IDS, type ChartId } from './chartIds';
import type { ChartRenderProps } from './shared/sizes';
import { Membership } from './Membership/Membership';
import { ExercisesByYear } from './ExercisesByYear/ExercisesByYear';
import { Milestones } from './Milestones/Milestones';
import { RatsFigures } from './RatsFigures/RatsFigures';
import { Terrorism2020 } from './Terrorism2020/Terrorism2020';

export interface ChartEntry {
  id: ChartId;
  title: string;
  subtitle: string;
  Component: (props: ChartRenderProps) => ReactElement;
}

const COMPONENTS: Record<ChartId, ChartEntry['Component']> = {
  [CHART_ID.terrorism2020]: Terrorism2020,
  [CHART_ID.ratsFigures]: RatsFigures,
  [CHART_ID.membership]: Membership,
  [CHART_ID.exercisesByYear]: ExercisesByYear,
  [CHART_ID.milestones]: Milestones,
};

function words(id: ChartId): { title: string; subtitle: string } {
  const t = messages().charts;
  switch (id) {
    case CHART_ID.terrorism2020:
      return t.terrorism;
    case CHART_ID.ratsFigures:
      return t.rats;
    case CHART_ID.membership:
      return { title: format(t.membership.title, { year: DATA_AS_OF.slice(0, 4) }), subtitle: t.membership.subtitle };
    case CHART_ID.exercisesByYear:
      return t.exercises;
    case CHART_ID.milestones:
      return t.milestones;
  }
}

/** Every chart, in the order pages list them. */
export function chartEntries(): ChartEntry[] {
  return CHART_IDS.map((id) => ({ id, ...pick(words(id)), Component: COMPONENTS[id] }));
}

function pick(w: { title: string; subtitle: string }) {
  return { title: w.title, subtitle: w.subtitle };
}

export function chartEntry(id: ChartId): ChartEntry {
  return { id, ...pick(words(id)), Component: COMPONENTS[id] };
}
