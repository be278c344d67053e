/**
 * The words each chart is listed by (title, subtitle), apart from the chart components: a page
 * that only lists the charts (/charts/) imports this and so loads none of the charts' code.
 */
import { DATA_AS_OF } from '@/data/meta';
import { format, messages } from '@/lib/i18n';
import { CHART_ID, CHART_IDS, type ChartId } from './chartIds';
import type { Locale } from '@/lib/i18n';

export interface ChartWords {
  id: ChartId;
  title: string;
  subtitle: string;
}

export function chartWords(id: ChartId, locale: Locale): ChartWords {
  const t = messages(locale).charts;
  const w = (() => {
    switch (id) {
      case CHART_ID.terrorism2020:
        return t.terrorism;
      case CHART_ID.ratsFigures:
        return t.rats;
      case CHART_ID.membership:
        return { title: format(t.membership.title, { year: DATA_AS_OF.slice(0, 4) }, locale), subtitle: t.membership.subtitle };
      case CHART_ID.exercisesByYear:
        return t.exercises;
      case CHART_ID.milestones:
        return t.milestones;
    }
  })();
  return { id, title: w.title, subtitle: w.subtitle };
}

/** Every chart's words, in the order pages list them. */
export function chartListing(locale: Locale): ChartWords[] {
  return CHART_IDS.map((id) => chartWords(id, locale));
}
