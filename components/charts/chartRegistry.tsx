/**
 * Each chart, defined once: its id with its component (data → model → a layout for any numeric box
 * → frame → plot; the plots lay themselves out at their column's width), the words pages list it
 * by, and the preset a briefing's slide embed shows. The dashboard's grid (through its embeds),
 * the chart pages and the slide embeds all ask it. Server-only: the components read the datasets.
 */
import type { ReactElement } from 'react';
import { CHART_ID, CHART_IDS, type ChartId } from './chartIds';
import { chartWords, type ChartWords } from './chartWords';
import type { ChartRenderProps, ChartSize } from './shared/sizes';
import { Membership } from './Membership/Membership';
import { ExercisesByYear } from './ExercisesByYear/ExercisesByYear';
import { Milestones } from './Milestones/Milestones';
import { RatsFigures } from './RatsFigures/RatsFigures';
import { Terrorism2020 } from './Terrorism2020/Terrorism2020';
import type { Locale } from '@/lib/i18n';

export interface ChartEntry extends ChartWords {
  Component: (props: ChartRenderProps) => ReactElement;
  /**
   * The preset a slide embed (`/embed/<id>/slide/`) draws, fitted to the room a 16:9 slide leaves
   * the plot (about 3.5 : 1 below the frame's caption): whichever reads larger there.
   */
  slideEmbedSize: ChartSize;
}

const COMPONENTS: Record<ChartId, ChartEntry['Component']> = {
  [CHART_ID.terrorism2020]: Terrorism2020,
  [CHART_ID.ratsFigures]: RatsFigures,
  [CHART_ID.membership]: Membership,
  [CHART_ID.exercisesByYear]: ExercisesByYear,
  [CHART_ID.milestones]: Milestones,
};

/**
 * The wide `full` layout for the terrorism panels (text at 13 px instead of 6 px), `compact` for the
 * exercises; membership, milestones and the RATS figures show their `slide` layout, laid out for
 * the wide, short room itself (two columns or panels side by side), where their tall layouts came
 * out with 6–8 px words.
 */
const SLIDE_EMBED_SIZE: Record<ChartId, ChartSize> = {
  [CHART_ID.terrorism2020]: 'full',
  [CHART_ID.ratsFigures]: 'slide',
  [CHART_ID.membership]: 'slide',
  [CHART_ID.exercisesByYear]: 'compact',
  [CHART_ID.milestones]: 'slide',
};

/** Every chart, in the order pages list them. */
export function chartEntries(locale: Locale): ChartEntry[] {
  return CHART_IDS.map((id) => chartEntry(id, locale));
}

export function chartEntry(id: ChartId, locale: Locale): ChartEntry {
  return { ...chartWords(id, locale), Component: COMPONENTS[id], slideEmbedSize: SLIDE_EMBED_SIZE[id] };
}
